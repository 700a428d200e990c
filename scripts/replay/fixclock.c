/* fixclock: an LD_PRELOAD shim that stops the wall clock at one instant, so that two runs of the
 * server (the recording and the replay) see the same "now" and write the same timestamps, dates,
 * hash chains and durations. Only the wall clock is fixed (CLOCK_REALTIME and its variants,
 * gettimeofday, time); CLOCK_MONOTONIC and friends keep running, so timeouts, condition-variable
 * waits and the server's timers behave normally.
 *
 * ANJIAN_FIXED_CLOCK=<unix seconds> selects the instant; unset or empty leaves the clock alone.
 * Built by scripts/replay/replay.py with `cc -shared -fPIC -O2 -o fixclock.so fixclock.c -ldl`.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>

static long long fixed_seconds = -1; /* -1: not read yet, -2: not set */

static long long fixed(void) {
  if (fixed_seconds == -1) {
    const char* v = getenv("ANJIAN_FIXED_CLOCK");
    fixed_seconds = (v && *v) ? atoll(v) : -2;
  }
  return fixed_seconds;
}

static int is_wall(clockid_t id) {
  return id == CLOCK_REALTIME || id == CLOCK_REALTIME_COARSE
#ifdef CLOCK_TAI
         || id == CLOCK_TAI
#endif
      ;
}

int clock_gettime(clockid_t id, struct timespec* ts) {
  static int (*real)(clockid_t, struct timespec*) = 0;
  if (is_wall(id) && fixed() >= 0) {
    ts->tv_sec = (time_t)fixed();
    ts->tv_nsec = 0;
    return 0;
  }
  if (!real) real = (int (*)(clockid_t, struct timespec*))dlsym(RTLD_NEXT, "clock_gettime");
  return real(id, ts);
}

int gettimeofday(struct timeval* tv, void* tz) {
  static int (*real)(struct timeval*, void*) = 0;
  if (fixed() >= 0) {
    tv->tv_sec = (time_t)fixed();
    tv->tv_usec = 0;
    return 0;
  }
  if (!real) real = (int (*)(struct timeval*, void*))dlsym(RTLD_NEXT, "gettimeofday");
  return real(tv, tz);
}

time_t time(time_t* out) {
  static time_t (*real)(time_t*) = 0;
  if (fixed() >= 0) {
    time_t t = (time_t)fixed();
    if (out) *out = t;
    return t;
  }
  if (!real) real = (time_t(*)(time_t*))dlsym(RTLD_NEXT, "time");
  return real(out);
}

int timespec_get(struct timespec* ts, int base) {
  static int (*real)(struct timespec*, int) = 0;
  if (base == TIME_UTC && fixed() >= 0) {
    ts->tv_sec = (time_t)fixed();
    ts->tv_nsec = 0;
    return base;
  }
  if (!real) real = (int (*)(struct timespec*, int))dlsym(RTLD_NEXT, "timespec_get");
  return real(ts, base);
}

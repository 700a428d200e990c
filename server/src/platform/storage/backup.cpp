#include "platform/storage/backup.hpp"

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::storage {
namespace {

// Copies src → dst with the online backup API, a few pages at a time so writers keep going.
void SqliteCopy(const std::string& src_path, const std::string& dst_path) {
  sqlite3* src = nullptr;
  sqlite3* dst = nullptr;
  auto fail = [&](const std::string& what) {
    std::string msg = what;
    if (dst) msg += std::string(": ") + sqlite3_errmsg(dst);
    sqlite3_close(src);
    sqlite3_close(dst);
    throw DbError(msg);
  };
  if (sqlite3_open_v2(src_path.c_str(), &src, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    fail("cannot open " + src_path);
  if (sqlite3_open(dst_path.c_str(), &dst) != SQLITE_OK) fail("cannot open " + dst_path);
  sqlite3_busy_timeout(src, 10000);
  sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
  if (!b) fail("backup init failed");
  int rc;
  do {
    rc = sqlite3_backup_step(b, 256);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE) fail("backup failed");
  sqlite3_close(src);
  sqlite3_close(dst);
}

void RunTool(const std::vector<std::string>& argv) {
  pid_t pid = fork();
  if (pid < 0) throw DbError("fork failed");
  if (pid == 0) {
    std::vector<char*> args;
    for (auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw DbError(argv[0] + " failed with status " + std::to_string(WEXITSTATUS(status)));
}

}  // namespace

void BackupTo(const std::string& url, const std::string& file) {
  if (Pool::IsPostgresUrl(url)) {
    RunTool({"pg_dump", "--format=custom", "--no-owner", "--file=" + file, "--dbname=" + url});
    return;
  }
  ::unlink(file.c_str());
  SqliteCopy(url, file);
}

void RestoreFrom(const std::string& url, const std::string& file) {
  if (access(file.c_str(), R_OK) != 0) throw DbError("cannot read backup file " + file);
  if (Pool::IsPostgresUrl(url)) {
    RunTool({"pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
             "--dbname=" + url, file});
    return;
  }
  SqliteCopy(file, url);
}

}  // namespace anjian::storage

#include "notifications/notify.hpp"

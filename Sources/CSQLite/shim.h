#include <sqlite3.h>

// sqlite3_config is variadic and cannot be called from Swift.
// Call before any connection is opened; one thread owns each connection in qingzhang.
static inline int qz_sqlite_config_single_thread(void) {
  int rc = sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
  if (rc != SQLITE_OK) return rc;
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

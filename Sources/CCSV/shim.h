// libcsv has no pkg-config file on Debian; the modulemap links it by name.
#include <csv.h>

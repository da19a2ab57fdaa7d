#ifndef CPIIMPORT_ZLIB_SHIM_H
#define CPIIMPORT_ZLIB_SHIM_H

#include <zlib.h>

/// `inflateInit2` is a macro; Swift cannot call it directly.
static inline int cpiimport_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

#endif

#ifndef CPIIMPORT_ZLIB_SHIM_H
#define CPIIMPORT_ZLIB_SHIM_H

#include <zlib.h>

/// `inflateInit2` is a macro; Swift cannot call it directly.
static inline int cpiimport_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

/// `deflateInit2` is a macro too (the benchmark and tests write workbooks with it).
static inline int cpiimport_deflateInit2(z_streamp stream, int level, int windowBits) {
    return deflateInit2(stream, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}

#endif

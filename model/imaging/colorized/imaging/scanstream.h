#pragma once
// Scans read and written a band of rows at a time, for images too large to hold in memory
// (docs/ARCHITECTURE.md, "Large scans"). PNG through libpng, TIFF through libtiff; no OpenCV, no
// Qt (library colorized_scanstream), so that the fuzz build compiles it with sanitizers.
// Each object is used by one thread at a time; different objects are independent.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

namespace colorized::imaging {

// A sentence a person can act on, naming the file: "The image big.png cannot be read in strips:
// it is interlaced (Adam7)."
class ScanStreamError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The layout of every band: `channels` interleaved samples per pixel, gray (1), gray + alpha
// (2), B G R (3) or B G R A (4), in this order (OpenCV's); `bitDepth` 8 or 16 (host byte order).
struct RowFormat {
    int width = 0;
    int height = 0;
    int channels = 0;
    int bitDepth = 0;

    std::size_t rowBytes() const
    {
        return static_cast<std::size_t>(width) * static_cast<std::size_t>(channels) * (bitDepth / 8);
    }
    bool hasAlpha() const { return channels == 2 || channels == 4; }
};

// Limits checked before anything is allocated for an image.
struct StreamLimits {
    static constexpr int kMaxSide = 1 << 20;   // pixels per side: more than any scanner makes
};

class ScanRowReader {
public:
    virtual ~ScanRowReader() = default;
    const RowFormat& format() const { return format_; }
    int nextRow() const { return nextRow_; }
    // Decodes the next `rows` rows (top to bottom) into `destination`, `stride` bytes apart.
    // Throws ScanStreamError for damaged data or a read past the last row.
    void readRows(std::uint8_t* destination, std::size_t stride, int rows);

protected:
    virtual void readRow(std::uint8_t* destination) = 0;   // one row, in format()'s layout
    RowFormat format_;

private:
    int nextRow_ = 0;
};

// Opens `path` for reading in rows when it is a PNG or a TIFF laid out so that rows can be read
// in order with bounded memory: PNG not interlaced; TIFF in strips (not tiles), one plane,
// unsigned 8/16-bit gray or RGB (with at most one extra sample: alpha), Orientation 1.
// Returns nullptr for a file of another format. Throws ScanStreamError, naming the file and
// the reason, for a PNG or TIFF that cannot be read this way or whose header is damaged.
std::unique_ptr<ScanRowReader> openScanRowReader(const std::string& path);

// What goes into a written file besides its pixels.
struct RowWriterMetadata {
    std::string xmpPacket;     // XMP (RDF/XML) embedded as PNG iTXt "XML:com.adobe.xmp" or TIFF tag 700
    std::string software;      // TIFF Software; PNG tEXt "Software"
    std::string description;   // TIFF ImageDescription; PNG tEXt "Description"
};

class ScanRowWriter {
public:
    virtual ~ScanRowWriter() = default;
    const RowFormat& format() const { return format_; }
    // Encodes the next `rows` rows, laid out as format() says, `stride` bytes apart.
    void writeRows(const std::uint8_t* source, std::size_t stride, int rows);
    // Completes the file after the last row. Throws ScanStreamError when rows are missing or the
    // disk refuses the data.
    virtual void finish() = 0;

protected:
    // Encodes `rows` rows (nextRow_ counts them after this returns).
    virtual void writeBand(const std::uint8_t* source, std::size_t stride, int rows) = 0;
    RowFormat format_;
    int nextRow_ = 0;
};

// Writes `path` (which must not exist or will be replaced; callers write a temporary file and
// rename it) as PNG (.png) or TIFF (.tif/.tiff: Adobe Deflate with horizontal differencing, the
// strips of each band compressed on all processors; BigTIFF when the pixels exceed 2 GiB), at
// zlib level `compression` (1-9). Throws ScanStreamError for another extension or a file that
// cannot be created. Any thread; the TIFF writer starts helper threads of its own.
std::unique_ptr<ScanRowWriter> createScanRowWriter(const std::string& path, const RowFormat& format,
                                                   const RowWriterMetadata& metadata, int compression = 3);

}  // namespace colorized::imaging

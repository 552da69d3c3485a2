#pragma once
// Writing results: PNG, TIFF (16 bits stay 16 bits) or JPEG (8 bits), chosen by the file's
// extension. Every write is atomic (a temporary file in the target folder, renamed over the
// target when complete) and never replaces an input image. OpenCV + std::filesystem; no Qt.
// Reentrant; called on worker threads.

#include "colorized/imaging/scanstream.h"

#include <opencv2/core/mat.hpp>

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace colorized::imaging {

// A sentence a person can act on, e.g. "Refusing to overwrite the original scan photo.tif."
class ImageWriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ImageWriteOptions {
    int jpegQuality = 95;                 // 0..100
    int compression = 3;                  // PNG and TIFF: zlib level 1..9; 3 is fast and near the best size
    // Paths that must never be written: the source scans. Compared as files (same inode, or
    // same canonical path), so a symlink or another spelling of an input is refused too.
    std::vector<std::string> protectedPaths;
    // PNG and TIFF: embedded while encoding (XMP, Software, Description); see
    // embedsMetadataWhileWriting(). Ignored for JPEG.
    RowWriterMetadata metadata;
    // Called with the complete temporary file before it is renamed into place, e.g. to embed
    // provenance metadata (XMP) into a JPEG with exiv2. May throw; the target is then left untouched.
    std::function<void(const std::string& temporaryPath)> beforeCommit;
};

// True for the formats whose writer embeds ImageWriteOptions::metadata itself (PNG, TIFF: they
// are encoded through scanstream.h's writers, TIFF strips compressed on all processors).
bool embedsMetadataWhileWriting(const std::string& path);

// A file written under a temporary name in its target's folder (keeping the extension, which
// encoders go by) and renamed over the target by commit() once flushed to the disk, so that
// nobody ever sees it half-written. The target is checked first: never one of protectedPaths,
// in a folder that exists. The destructor removes the temporary file unless committed.
// Throws ImageWriteError.
class AtomicFileWrite {
public:
    AtomicFileWrite(const std::string& target, const std::vector<std::string>& protectedPaths);
    ~AtomicFileWrite();
    AtomicFileWrite(const AtomicFileWrite&) = delete;
    AtomicFileWrite& operator=(const AtomicFileWrite&) = delete;

    const std::string& temporaryPath() const { return temporary_; }
    void commit();

private:
    std::string target_;
    std::string temporary_;
};

// Writes BGR or gray pixels (CV_8U or CV_16U; 1, 3 or 4 channels with alpha last).
// JPEG is 8-bit: 16-bit pixels are rounded to 8 bits for it. Throws ImageWriteError.
void writeImage(const std::string& path, const cv::Mat& image,
                const ImageWriteOptions& options = {});

// True when `path` names the same file as `other` (both may be spelled differently; a path
// that does not exist yet is compared by its canonical spelling).
bool sameFile(const std::string& path, const std::string& other);

}  // namespace colorized::imaging

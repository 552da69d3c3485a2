#pragma once
// Writing results: PNG, TIFF (16 bits stay 16 bits) or JPEG (8 bits), chosen by the file's
// extension. Every write is atomic (a temporary file in the target folder, renamed over the
// target when complete) and never replaces an input image. OpenCV + std::filesystem; no Qt.
// Reentrant; called on worker threads.

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
    int pngCompression = 3;               // zlib level 0..9: 3 is fast and near the best size
    // Paths that must never be written: the source scans. Compared as files (same inode, or
    // same canonical path), so a symlink or another spelling of an input is refused too.
    std::vector<std::string> protectedPaths;
    // Called with the complete temporary file before it is renamed into place, e.g. to embed
    // provenance metadata (XMP) with exiv2. May throw; the target is then left untouched.
    std::function<void(const std::string& temporaryPath)> beforeCommit;
};

// Writes BGR or gray pixels (CV_8U or CV_16U; 1, 3 or 4 channels with alpha last).
// JPEG is 8-bit: 16-bit pixels are rounded to 8 bits for it. Throws ImageWriteError.
void writeImage(const std::string& path, const cv::Mat& image,
                const ImageWriteOptions& options = {});

// True when `path` names the same file as `other` (both may be spelled differently; a path
// that does not exist yet is compared by its canonical spelling).
bool sameFile(const std::string& path, const std::string& other);

}  // namespace colorized::imaging

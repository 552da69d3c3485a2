#pragma once
// Loading scans exactly as they are. OpenCV (+ exiv2 for the orientation tag); no Qt.
// Reentrant: called from worker threads (thumbnails, jobs), never needs the GUI thread.

#include <opencv2/core/mat.hpp>

#include <stdexcept>
#include <string>

namespace colorized::imaging {

// A message a person can act on, e.g. "The file photo.tif is not an image COLORIZED can read."
class ScanError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ScanImage {
    cv::Mat pixels;          // CV_8UC3 / CV_16UC3 in BGR order, or CV_8UC1 / CV_16UC1 gray;
                             // EXIF orientation applied; CMYK converted; alpha split off
    cv::Mat alpha;           // same size and depth, single channel; empty when the source had none
    int bitDepth = 8;        // 8 or 16: the depth results are written at
    bool sourceIsGray = false;  // gray file, or RGB with three equal channels (then `pixels`
                                // holds one channel and `note` says so)
    std::string sourcePath;
    std::string note;        // what loading changed, e.g. "CMYK converted to RGB" (may be empty)
};

// A scan with more pixels than loadScan() was allowed to hold. The message names the size,
// the limit and how to raise it.
class ScanTooLargeError : public ScanError {
public:
    using ScanError::ScanError;
};

// The most megapixels a scan may have to be loaded whole: $COLORIZED_IN_MEMORY_MEGAPIXELS when
// it is a positive number, else kDefaultInMemoryMegapixels. Through the whole pipeline a scan
// in memory costs about kInMemoryBytesPerPixel (README, "Large scans"); larger PNG and TIFF
// scans are colorized in strips by `colorized-cli colorize` (colorizeScanInStrips()).
constexpr double kDefaultInMemoryMegapixels = 100.0;
constexpr int kInMemoryBytesPerPixel = 16;
double inMemoryMegapixels();

// Width and height as the file's header states them, nothing decoded; an empty size when the
// header does not say (or the file is not an image). Throws nothing.
cv::Size scanSizeFromHeader(const std::string& path);

// Throws ScanError for a missing, unreadable, corrupt or non-image file; never asserts; and
// ScanTooLargeError, before decoding anything, for one with more than maxMegapixels.
// Peak memory is about twice the decoded image (the alpha split and rotations copy once).
ScanImage loadScan(const std::string& path, double maxMegapixels = inMemoryMegapixels());

// The message of a ScanTooLargeError for a scan of `size` at `path`: its size, the limit, `why`
// (a sentence, e.g. why it cannot be read in strips; empty: that `colorize` reads such PNG and
// TIFF scans in strips) and how to raise the limit. One line.
std::string tooLargeMessage(const std::string& path, cv::Size size, double maxMegapixels, const std::string& why);

}  // namespace colorized::imaging

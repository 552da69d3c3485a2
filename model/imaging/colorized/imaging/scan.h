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

// Throws ScanError for a missing, unreadable, corrupt or non-image file; never asserts.
// Peak memory is about twice the decoded image (the alpha split and rotations copy once).
ScanImage loadScan(const std::string& path);

}  // namespace colorized::imaging

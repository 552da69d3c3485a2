#pragma once
// Shrinking a full-resolution plane to a small size by area averaging (what cv::resize's
// INTER_AREA computes: every output pixel is the mean of the input area it covers, partly
// covered input pixels weighted by the covered fraction), fed a band of rows at a time, so that
// the full-resolution plane never has to exist: the scan's L* is computed band by band and only
// its working-resolution image is kept (docs/ARCHITECTURE.md, "The color pipeline").
// OpenCV only.

#include <opencv2/core/mat.hpp>

#include <vector>

namespace colorized::imaging {

class AreaDownscaler {
public:
    // full: the input plane's size; small: the output's, no larger than full on either side.
    AreaDownscaler(cv::Size full, cv::Size small);

    // Adds the next rows of the input plane (CV_32FC1, full width), top to bottom. Each band is
    // summed across on OpenCV's threads and then down in row order, so that the result does not
    // depend on the bands' sizes or the threads' timing. Memory: the band's sums only.
    void addRows(const cv::Mat& rows);

    // The CV_32FC1 plane of size `small`, once every input row has been added.
    cv::Mat result() const;

private:
    struct Share {
        int index;      // output column (or row)
        float weight;   // the share of that output pixel's extent this input pixel covers
    };
    static std::vector<std::vector<Share>> shares(int full, int small);

    cv::Size full_, small_;
    std::vector<std::vector<Share>> columnShares_;   // per input column
    std::vector<std::vector<Share>> rowShares_;      // per input row
    cv::Mat sum_;                                    // CV_64FC1 `small`: weighted sums so far
    int nextRow_ = 0;
};

}  // namespace colorized::imaging

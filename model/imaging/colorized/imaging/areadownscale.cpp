#include "colorized/imaging/areadownscale.h"

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace colorized::imaging {

std::vector<std::vector<AreaDownscaler::Share>> AreaDownscaler::shares(int full, int small)
{
    // Input pixel i covers [i, i + 1) in input units, i.e. [i * k, (i + 1) * k) in output units;
    // its weight in output pixel o is the length of the overlap with [o, o + 1).
    const double k = static_cast<double>(small) / full;
    std::vector<std::vector<Share>> result(static_cast<std::size_t>(full));
    for (int i = 0; i < full; ++i) {
        const double begin = i * k, end = (i + 1) * k;
        for (int o = static_cast<int>(std::floor(begin)); o < small && o < end; ++o) {
            const double overlap = std::min(end, o + 1.0) - std::max(begin, static_cast<double>(o));
            if (overlap > 1e-12)
                result[static_cast<std::size_t>(i)].push_back({o, static_cast<float>(overlap)});
        }
    }
    return result;
}

AreaDownscaler::AreaDownscaler(cv::Size full, cv::Size small)
    : full_(full), small_(small), sum_(cv::Mat::zeros(small, CV_64FC1))
{
    if (small.width <= 0 || small.height <= 0 || small.width > full.width || small.height > full.height)
        throw std::invalid_argument("AreaDownscaler needs a non-empty output no larger than its input");
    columnShares_ = shares(full.width, small.width);
    rowShares_ = shares(full.height, small.height);
}

void AreaDownscaler::addRows(const cv::Mat& rows)
{
    if (rows.type() != CV_32FC1 || rows.cols != full_.width || nextRow_ + rows.rows > full_.height)
        throw std::invalid_argument("AreaDownscaler::addRows needs the next full-width CV_32FC1 rows of the plane");
    cv::Mat across(rows.rows, small_.width, CV_32FC1, cv::Scalar(0));
    cv::parallel_for_(cv::Range(0, rows.rows), [&](const cv::Range& range) {
        for (int y = range.start; y < range.end; ++y) {
            const float* in = rows.ptr<float>(y);
            float* sums = across.ptr<float>(y);
            for (int x = 0; x < full_.width; ++x)
                for (const Share& share : columnShares_[static_cast<std::size_t>(x)])
                    sums[share.index] += share.weight * in[x];
        }
    });
    for (int y = 0; y < rows.rows; ++y, ++nextRow_) {
        const float* sums = across.ptr<float>(y);
        for (const Share& share : rowShares_[static_cast<std::size_t>(nextRow_)]) {
            double* out = sum_.ptr<double>(share.index);
            for (int x = 0; x < small_.width; ++x)
                out[x] += static_cast<double>(share.weight) * sums[x];
        }
    }
}

cv::Mat AreaDownscaler::result() const
{
    if (nextRow_ != full_.height)
        throw std::logic_error("AreaDownscaler::result before every row was added");
    // The weights of the input pixels under one output pixel add up to 1: the sum is the mean.
    cv::Mat mean;
    sum_.convertTo(mean, CV_32F);
    return mean;
}

}  // namespace colorized::imaging

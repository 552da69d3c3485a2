#include "colorized/imaging/errortext.h"

#include <c10/util/Exception.h>

#include <opencv2/core.hpp>

namespace colorized::imaging {

namespace {

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

}  // namespace

std::string readableMessage(const std::exception& error)
{
    if (const auto* torchError = dynamic_cast<const c10::Error*>(&error))
        return "The computation failed inside LibTorch (" + firstLine(torchError->what_without_backtrace()) + ").";
    if (const auto* openCvError = dynamic_cast<const cv::Exception*>(&error))
        return "The image operation failed inside OpenCV (" + firstLine(openCvError->err) + ").";
    return firstLine(error.what());
}

}  // namespace colorized::imaging

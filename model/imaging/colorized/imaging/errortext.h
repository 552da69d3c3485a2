#pragma once
// The boundary where exceptions become what a user reads (the CLI's top level, the GUI's model
// import): LibTorch's c10::Error carries a source location and twenty backtrace frames, OpenCV's
// cv::Exception a function name and a file and line. No LibTorch or OpenCV in this header.

#include <exception>
#include <string>

namespace colorized::imaging {

// One line: our own exceptions' what() as it is; LibTorch's and OpenCV's first line of their
// message alone, in a sentence that says which library failed.
std::string readableMessage(const std::exception& error);

}  // namespace colorized::imaging

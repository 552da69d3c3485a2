#pragma once
// A number as a message shows it: "1.5", "110", not "1.500000" (std::to_string). Six
// significant digits, C locale: for command-line help and error messages, not for files that
// must read back to the last bit (the project file keeps 17 digits). No LibTorch.

#include <sstream>
#include <string>

namespace colorized {

inline std::string decimalText(double value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}

}  // namespace colorized

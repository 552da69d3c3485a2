#pragma once
// What every fuzzed parser's refusal must be: one sentence (ends with a full stop, no line
// break) that names the file.

#include <string>

inline bool isOneSentenceNaming(const std::string& message, const std::string& path)
{
    return !message.empty() && message.back() == '.' && message.find('\n') == std::string::npos
           && message.find(path) != std::string::npos;
}

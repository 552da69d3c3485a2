#pragma once
// What every fuzzed parser's refusal must be: one sentence (ends with a full stop, no line
// break) that names the file.

#include <cstdio>
#include <cstdlib>
#include <string>

inline bool isOneSentenceNaming(const std::string& message, const std::string& path)
{
    return !message.empty() && message.back() == '.' && message.find('\n') == std::string::npos
           && message.find(path) != std::string::npos;
}

// A refusal that is not such a sentence is a finding: the message is printed (the fuzzer's
// report shows only the input) and the run aborts.
inline void requireOneSentenceNaming(const std::string& message, const std::string& path)
{
    if (isOneSentenceNaming(message, path))
        return;
    std::fprintf(stderr, "not one sentence naming %s: %s\n", path.c_str(), message.c_str());
    std::abort();
}

#include "commands.h"

#include <cstdlib>
#include <filesystem>

namespace colorized::cli {

std::string defaultModelPath()
{
    namespace fs = std::filesystem;
    if (const char* fromEnvironment = std::getenv("COLORIZED_MODEL"); fromEnvironment && *fromEnvironment)
        return fromEnvironment;
    std::error_code error;
    const fs::path executable = fs::read_symlink("/proc/self/exe", error);
    const fs::path candidates[] = {
        executable.parent_path().parent_path() / COLORIZED_MODEL_INSTALL_SUBPATH,
        COLORIZED_SOURCE_MODEL_PATH,
    };
    for (const auto& candidate : candidates)
        if (!candidate.empty() && fs::is_regular_file(candidate, error))
            return candidate.string();
    return {};
}

}  // namespace colorized::cli

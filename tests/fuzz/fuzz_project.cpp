// libFuzzer: the project file parser. Every input must end in a project whose fields are within
// their documented ranges, or in a ProjectFileError that is one sentence naming the file;
// anything else (another exception, a sanitizer report, a value out of range) is a finding. A
// project that is read is written and read again and must give the same text.

#include "colorized/project/projectfile.h"
#include "refusal.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

using namespace colorized::project;

constexpr const char* kPath = "fuzzed.colorized";

bool hintsInRange(const std::vector<Hint>& hints)
{
    for (const Hint& hint : hints)
        if (!(hint.x >= 0 && hint.x <= 1 && hint.y >= 0 && hint.y <= 1) || hint.color.empty() || hint.color[0] != '#')
            return false;
    return hints.size() <= size_t(ProjectLimits::kMaxHints);
}

bool inRange(const Project& project)
{
    if (project.current < -1 || project.current >= int(project.photos.size()))
        return false;
    for (const Photo& photo : project.photos) {
        if (photo.path.empty() || !hintsInRange(photo.hints) || photo.candidate < 0)
            return false;
        if (photo.render) {
            const RenderSettings& s = photo.render->settings;
            if (s.steps < 1 || s.steps > ProjectLimits::kMaxSteps || s.candidates < 1
                || s.candidates > ProjectLimits::kMaxCandidates || photo.candidate >= s.candidates
                || s.resolution < 0 || s.resolution > ProjectLimits::kMaxResolution || !(s.eta >= 0 && s.eta <= 1)
                || !hintsInRange(photo.render->hints))
                return false;
        }
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const Project project = parseProject(text, kPath);
        if (!inRange(project))
            std::abort();
        const std::string written = projectJson(project);
        if (projectJson(parseProject(written, kPath)) != written)
            std::abort();
    } catch (const ProjectFileError& error) {
        if (!isOneSentenceNaming(error.what(), kPath))
            std::abort();
    }
    return 0;
}

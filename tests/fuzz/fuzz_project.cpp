// libFuzzer: the project file parser. Every input must end in a project whose fields are within
// their documented ranges (branches included), or in a ProjectFileError that is one sentence naming the file;
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

bool settingsInRange(const RenderSettings& s)
{
    return s.steps >= 1 && s.steps <= ProjectLimits::kMaxSteps && s.candidates >= 1
           && s.candidates <= ProjectLimits::kMaxCandidates && s.resolution >= 0
           && s.resolution <= ProjectLimits::kMaxResolution && s.eta >= 0 && s.eta <= 1
           && s.guidance >= 0 && s.guidance <= colorized::kMaxGuidance && s.damping >= 0
           && s.damping <= colorized::kMaxDamping && s.guidanceCutoff >= 0 && s.guidanceCutoff <= 1;
}

// The results a render of `drawn` candidates has, stated here on its own: the candidates and,
// with more than one, their consensus after them.
int resultsOf(int drawn)
{
    return drawn > 1 ? drawn + 1 : 1;
}

// Each branch continues an earlier one, from a step and a result that one has; the photo's
// render is the shown branch's.
bool branchesInRange(const Photo& photo)
{
    if (photo.branches.size() > size_t(ProjectLimits::kMaxBranches) || photo.branches.empty() != !photo.render)
        return false;
    for (size_t i = 0; i < photo.branches.size(); ++i) {
        const Branch& branch = photo.branches[i];
        const RenderSettings& s = branch.render.settings;
        if (!settingsInRange(s) || branch.candidate < 0 || branch.candidate >= resultsOf(s.candidates)
            || !hintsInRange(branch.render.hints) || branch.parent < -1 || branch.parent >= int(i))
            return false;
        if (branch.parent >= 0) {
            const RenderSettings& parent = photo.branches[size_t(branch.parent)].render.settings;
            if (branch.fromStep < 0 || branch.fromStep >= parent.steps || branch.fromCandidate < 0
                || branch.fromCandidate >= resultsOf(parent.candidates))
                return false;
        }
    }
    return photo.branches.empty() ? photo.shownBranch == 0
                                  : photo.shownBranch >= 0 && size_t(photo.shownBranch) < photo.branches.size()
                                        && photo.candidate == photo.branches[size_t(photo.shownBranch)].candidate;
}

bool inRange(const Project& project)
{
    if (project.current < -1 || project.current >= int(project.photos.size()))
        return false;
    for (const Photo& photo : project.photos) {
        if (photo.path.empty() || !hintsInRange(photo.hints) || photo.candidate < 0)
            return false;
        if (photo.render && (!settingsInRange(photo.render->settings) || photo.candidate >= resultsOf(photo.render->settings.candidates)
                             || !hintsInRange(photo.render->hints)))
            return false;
        if (!branchesInRange(photo))
            return false;
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
        requireOneSentenceNaming(error.what(), kPath);
    }
    return 0;
}

#include "projectstate.h"

#include "colorized/jobs/projectio.h"

#include <algorithm>
#include <iterator>
#include <utility>

using namespace colorized::jobs;
namespace project = colorized::project;

// PhotoListModel::Review and the file's names, in the same order.
static_assert(std::size(project::kReviewStates) == PhotoListModel::kReviewStates);

namespace {

project::Branch projectBranchOf(const PhotoListModel::Branch& branch)
{
    project::Branch saved;
    saved.parent = branch.parent;
    if (branch.parent >= 0) {
        saved.fromStep = branch.fromStep;
        saved.fromCandidate = branch.fromCandidate;
    }
    saved.render = project::Render{renderSettingsOf(provenanceOf(branch.result, branch.candidate, {})),
                                   projectHintsOf(branch.result.hints)};
    saved.candidate = branch.candidate;
    return saved;
}

}  // namespace

project::Photo projectPhotoOf(const PhotoListModel::Photo& photo)
{
    project::Photo saved;
    saved.path = photo.path.toStdString();
    saved.sha256 = (photo.result.isValid() ? photo.result.sourceSha256 : photo.sha256).toStdString();
    saved.hints = projectHintsOf(photo.hints);
    if (photo.saved) {
        // Not every branch is made again yet: the project's branches as they were read.
        project::setBranches(saved, photo.saved->branches, photo.saved->shown);
    } else {
        std::vector<project::Branch> branches;
        for (const PhotoListModel::Branch& branch : photo.branches)
            branches.push_back(projectBranchOf(branch));
        project::setBranches(saved, std::move(branches), std::max(0, photo.branch));
    }
    if (!photo.exported.path.isEmpty())
        saved.exported = project::Export{photo.exported.path.toStdString(), projectTimeOf(photo.exported.at),
                                         photo.exported.upToDate};
    saved.review = project::kReviewStates[static_cast<int>(photo.review)];
    return saved;
}

void restorePhoto(PhotoListModel& photos, int row, const project::Photo& saved)
{
    photos.setSha256(row, QString::fromStdString(saved.sha256));
    photos.setHints(row, hintSpecsOf(saved.hints));
    std::vector<project::Branch> branches = project::branchesOf(saved);
    if (!branches.empty())
        photos.setSaved(row, PhotoListModel::SavedRender{std::move(branches), saved.branches.empty() ? 0 : saved.shownBranch});
    for (int state = 0; state < PhotoListModel::kReviewStates; ++state)
        if (saved.review == project::kReviewStates[state])
            photos.setReview(row, static_cast<PhotoListModel::Review>(state));
    if (saved.exported)
        photos.setExported(row, {QString::fromStdString(saved.exported->path),
                                 dateTimeOfProjectTime(saved.exported->time), saved.exported->upToDate});
}

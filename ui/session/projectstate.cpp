#include "projectstate.h"

#include "colorized/jobs/projectio.h"

#include <iterator>

using namespace colorized::jobs;
namespace project = colorized::project;

// PhotoListModel::Review and the file's names, in the same order.
static_assert(std::size(project::kReviewStates) == PhotoListModel::kReviewStates);

project::Photo projectPhotoOf(const PhotoListModel::Photo& photo)
{
    project::Photo saved;
    saved.path = photo.path.toStdString();
    saved.sha256 = (photo.result.isValid() ? photo.result.sourceSha256 : photo.sha256).toStdString();
    saved.hints = projectHintsOf(photo.hints);
    if (photo.result.isValid()) {
        saved.render = project::Render{renderSettingsOf(photo.result.settings, photo.result.modelSha256),
                                       projectHintsOf(photo.result.hints)};
        saved.candidate = photo.candidate;
    } else if (photo.saved) {
        saved.render = project::Render{renderSettingsOf(photo.saved->settings, photo.saved->modelSha256),
                                       projectHintsOf(photo.saved->hints)};
        saved.candidate = photo.saved->candidate;
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
    if (saved.render)
        photos.setSaved(row, PhotoListModel::SavedRender{colorizeSettingsOf(saved.render->settings),
                                                         QString::fromStdString(saved.render->settings.modelSha256),
                                                         hintSpecsOf(saved.render->hints), saved.candidate});
    for (int state = 0; state < PhotoListModel::kReviewStates; ++state)
        if (saved.review == project::kReviewStates[state])
            photos.setReview(row, static_cast<PhotoListModel::Review>(state));
    if (saved.exported)
        photos.setExported(row, {QString::fromStdString(saved.exported->path),
                                 dateTimeOfProjectTime(saved.exported->time), saved.exported->upToDate});
}

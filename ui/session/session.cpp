#include "session.h"

#include "batchexporter.h"
#include "photofiles.h"
#include "previewloader.h"
#include "runstallmeter.h"

#include "colorized/jobs/colorizejob.h"
#include "colorized/jobs/photoloader.h"
#include "colorized/jobs/report.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QScopedValueRollback>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using colorized::jobs::ColorizeJob;
using colorized::jobs::ColorizeRequest;
using colorized::jobs::ColorizeResult;
using colorized::jobs::ColorizeSettings;
using colorized::jobs::ExportOptions;
using colorized::jobs::PhotoPreview;
using colorized::jobs::TimelineFrame;
using State = PhotoListModel::State;

namespace {

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

}  // namespace

Session::Session(QObject* parent)
    : QObject(parent),
      photos_(new PhotoListModel(this)),
      job_(new ColorizeJob(this)),
      previews_(new PreviewLoader(this)),
      exporter_(new BatchExporter(&imagePool_, this)),
      stallMeter_(new RunStallMeter(job_, this))
{
    imagePool_.setMaxThreadCount(1);
    connect(previews_, &PreviewLoader::thumbnailLoaded, this, &Session::onThumbnailLoaded);
    connect(previews_, &PreviewLoader::fullImageLoaded, this, &Session::onFullImageLoaded);
    connect(job_, &ColorizeJob::started, this, &Session::onStarted);
    connect(job_, &ColorizeJob::frameReady, this, &Session::onFrame);
    connect(job_, &ColorizeJob::progressChanged, this,
            [this](int request, int step, int count, double) { onProgress(request, step, count); });
    connect(job_, &ColorizeJob::finished, this, &Session::onFinished);
    connect(job_, &ColorizeJob::failed, this, &Session::onFailed);
    connect(job_, &ColorizeJob::cancelled, this, &Session::onCancelled);
    connect(exporter_, &BatchExporter::progressed, this, [this](int remaining) {
        Q_EMIT message(tr("Exporting… %n left.", nullptr, remaining), 0);
    });
    connect(exporter_, &BatchExporter::finished, this,
            [this](const QString& folder, const QStringList& written, const QStringList& errors) {
                if (errors.isEmpty())
                    Q_EMIT message(tr("Exported %n photo(s) to %1.", nullptr, written.size()).arg(folder), 8000);
                else
                    Q_EMIT message(tr("%n export(s) failed.", nullptr, errors.size()), 8000);
                Q_EMIT exportsFinished(written, errors);
            });
}

Session::~Session()
{
    job_->cancelAll();
    imagePool_.clear();
    imagePool_.waitForDone();
}

// ---- Photos ------------------------------------------------------------------------------

int Session::addPaths(const QStringList& paths, const std::optional<ColorizeSettings>& autoColorize)
{
    const QStringList files = findPhotoFiles(paths);
    if (files.isEmpty()) {
        if (!paths.isEmpty())
            Q_EMIT message(tr("No photographs found in what was dropped or opened."), 0);
        return 0;
    }
    const QList<int> rows = photos_->addPaths(files);
    for (int row : rows) {
        const QString path = photos_->photo(row).path;
        if (autoColorize)
            autoColorize_.insert(path, *autoColorize);
        previews_->loadThumbnail(path);
    }
    if (!rows.isEmpty() && current_ < 0)
        setCurrent(rows.first());
    else if (rows.isEmpty())
        setCurrent(photos_->rowOfPath(files.first()));
    Q_EMIT message(tr("Added %n photo(s).", nullptr, rows.size()), 4000);
    return files.size();
}

void Session::removeRows(const QList<int>& rows)
{
    for (int row : rows) {
        if (!isRow(row))
            continue;
        job_->cancel(photos_->photo(row).request);
        autoColorize_.remove(photos_->photo(row).path);
    }
    const int was = current_;
    {
        const QScopedValueRollback<bool> removing(removing_, true);
        photos_->removeRows(rows);
    }
    const int survivor = photos_->rowOfPath(currentPath_);
    if (survivor >= 0)
        current_ = survivor;   // the same photo, moved up
    else
        setCurrent(std::min(was, photos_->rowCount() - 1));
}

void Session::setCurrent(int row)
{
    if (removing_)
        return;
    if (!isRow(row))
        row = -1;
    const QString path = row >= 0 ? photos_->photo(row).path : QString();
    current_ = row;
    if (path == currentPath_)
        return;
    currentPath_ = path;
    if (!path.isEmpty())
        job_->prioritize(path);   // the photo on screen runs next if it waits in the queue
    selectedHint_ = -1;
    chosenImage_ = QImage();
    loadingOriginal_.clear();
    originalShown_.clear();
    Q_EMIT currentChanged(row);
    loadOriginalOfCurrent();
    composeChosenOfCurrent();
}

QList<int> Session::colorizableRows() const
{
    QList<int> rows;
    for (int row = 0; row < photos_->rowCount(); ++row)
        if (photos_->photo(row).state != State::Failed && photos_->photo(row).state != State::Loading)
            rows << row;
    return rows;
}

QList<int> Session::colorizedRows() const
{
    QList<int> rows;
    for (int row = 0; row < photos_->rowCount(); ++row)
        if (photos_->photo(row).result.isValid())
            rows << row;
    return rows;
}

void Session::onThumbnailLoaded(const PhotoPreview& preview)
{
    const int at = photos_->rowOfPath(preview.path);
    if (at < 0)
        return;  // removed meanwhile
    const std::optional<ColorizeSettings> colorizeNow =
        autoColorize_.contains(preview.path) ? std::optional(autoColorize_.take(preview.path)) : std::nullopt;
    if (!preview.ok()) {
        photos_->setState(at, State::Failed, preview.error);
        Q_EMIT message(preview.error, 8000);
    } else {
        photos_->setPreview(at, preview.thumbnail, preview.size, preview.bitDepth, preview.note);
        if (photos_->photo(at).state == State::Loading)
            photos_->setState(at, State::Ready);
        if (colorizeNow)
            colorize({at}, *colorizeNow);
    }
    if (at == current_)
        loadOriginalOfCurrent();
    Q_EMIT photoLoaded(at);
}

void Session::loadOriginalOfCurrent()
{
    if (!isRow(current_))
        return;
    const PhotoListModel::Photo& photo = photos_->photo(current_);
    if (photo.state == State::Loading || photo.state == State::Failed)
        return;
    if (originalShown_ == photo.path || loadingOriginal_ == photo.path)
        return;
    loadingOriginal_ = photo.path;
    previews_->loadFullImage(photo.path);
}

void Session::onFullImageLoaded(const PhotoPreview& preview)
{
    if (preview.path != loadingOriginal_)
        return;  // another photo became current meanwhile
    loadingOriginal_.clear();
    if (preview.ok())
        originalShown_ = preview.path;
    else
        Q_EMIT message(preview.error, 8000);
    Q_EMIT originalLoaded(preview.ok() ? preview.image : QImage());
}

// ---- Colorizing --------------------------------------------------------------------------

int Session::submit(int row, const ColorizeRequest& request, colorized::jobs::QueuePlace place)
{
    const int id = job_->submit(request, place);
    photos_->setRequest(row, id);
    photos_->setState(row, State::Queued);
    return id;
}

void Session::colorize(const QList<int>& rows, const ColorizeSettings& settings)
{
    if (settings.modelPath.isEmpty()) {
        Q_EMIT message(tr("No colorization model is set: choose one in the Settings panel (Model)."), 0);
        return;
    }
    for (int row : rows) {
        if (!isRow(row) || photos_->photo(row).state == State::Loading)
            continue;
        ColorizeRequest request;
        request.sourcePath = photos_->photo(row).path;
        request.settings = settings;
        request.hints = photos_->photo(row).hints;
        submit(row, request);
    }
}

bool Session::canContinue(int row) const
{
    return isRow(row) && photos_->photo(row).result.isValid() && photos_->photo(row).result.steps != nullptr;
}

void Session::continueFrom(int row, int step, const ColorizeSettings& settings)
{
    if (!isRow(row) || step < 0)
        return;
    if (!canContinue(row)) {
        Q_EMIT message(tr("Colorize the photo first, then pick a timeline frame to continue from."), 0);
        return;
    }
    const PhotoListModel::Photo& photo = photos_->photo(row);
    ColorizeRequest request;
    request.sourcePath = photo.path;
    request.settings = settings;
    request.hints = photo.hints;
    request.continueFrom.run = photo.result.run;
    request.continueFrom.steps = photo.result.steps;
    request.continueFrom.step = step;
    request.continueFrom.candidate = photo.candidate;
    continuations_.insert(submit(row, request, colorized::jobs::QueuePlace::First),
                          Continuation{photo.branch, step, photo.candidate});
    Q_EMIT message(tr("Continuing candidate %1 from step %2 with seed %3 and %n hint(s).", nullptr,
                      request.hints.size())
                       .arg(photo.candidate + 1)
                       .arg(step + 1)
                       .arg(request.settings.seed),
                   0);
}

bool Session::showBranch(int row, int branch)
{
    if (!isRow(row) || branch < 0 || branch >= photos_->photo(row).branches.size())
        return false;
    if (photos_->photo(row).branch == branch)
        return true;
    photos_->showBranch(row, branch);
    if (row == current_) {
        chosenImage_ = QImage();
        composeChosenOfCurrent();
    }
    Q_EMIT branchShown(row);
    return true;
}

void Session::cancelRunning()
{
    const int running = job_->runningRequest();
    if (running > 0)
        job_->cancel(running);
    else
        job_->cancelAll();
}

void Session::cancelAll()
{
    job_->cancelAll();
}

void Session::onStarted(int request, const QString& path)
{
    const int row = photos_->rowOfRequest(request);
    if (row < 0)
        return;
    // A fresh run starts an empty timeline; a continued run keeps the frames before its start.
    QVector<TimelineFrame> frames;
    if (continuations_.contains(request)) {
        const Continuation from = continuations_.value(request);
        const auto& branches = photos_->photo(row).branches;
        if (from.branch >= 0 && from.branch < branches.size())
            for (const TimelineFrame& frame : branches.at(from.branch).frames)
                if (frame.step < from.step)
                    frames << frame;
    }
    photos_->setFrames(row, frames);
    photos_->setState(row, State::Running);
    Q_EMIT framesReplaced(row);
    const int waiting = job_->pendingCount() - 1;
    Q_EMIT message(waiting > 0 ? tr("Colorizing %1 (%n more waiting)…", nullptr, waiting).arg(fileName(path))
                               : tr("Colorizing %1…").arg(fileName(path)),
                   0);
}

void Session::onFrame(const TimelineFrame& frame)
{
    const int row = photos_->rowOfRequest(frame.request);
    if (row < 0)
        return;
    photos_->appendFrame(row, frame);
    Q_EMIT frameAdded(row, frame);
}

void Session::onProgress(int request, int step, int count)
{
    const int row = photos_->rowOfRequest(request);
    if (row >= 0)
        photos_->setProgress(row, count > 0 ? double(step) / count : 0.0);
}

void Session::onFinished(const ColorizeResult& result)
{
    const std::optional<Continuation> from =
        continuations_.contains(result.request) ? std::optional(continuations_.take(result.request)) : std::nullopt;
    const int row = photos_->rowOfRequest(result.request);
    if (row < 0)
        return;
    if (row == current_)
        chosenImage_ = QImage();   // the new result starts at its most typical candidate
    PhotoListModel::Branch branch;
    if (from) {
        branch.parent = from->branch;
        branch.fromStep = from->step;
        branch.fromCandidate = from->candidate;
    }
    branch.result = result;
    branch.candidate = result.typical;
    branch.frames = photos_->photo(row).frames;
    photos_->addBranch(row, branch);
    Q_EMIT resultArrived(row);
    Q_EMIT message(tr("%1 colorized in %2 s (seed %3).")
                       .arg(fileName(result.sourcePath))
                       .arg(result.seconds, 0, 'f', 1)
                       .arg(result.settings.seed),
                   8000);
}

void Session::restoreShownFrames(int row)
{
    const PhotoListModel::Photo& photo = photos_->photo(row);
    photos_->setFrames(row, photo.branch >= 0 ? photo.branches.at(photo.branch).frames : QVector<TimelineFrame>());
    Q_EMIT framesReplaced(row);
}

void Session::onFailed(int request, const QString& path, const QString& text)
{
    continuations_.remove(request);
    const int row = photos_->rowOfRequest(request);
    if (row >= 0) {
        photos_->setState(row, State::Failed, text);
        restoreShownFrames(row);
    }
    Q_EMIT message(text.isEmpty() ? tr("Colorizing %1 failed.").arg(fileName(path)) : text, 0);
}

void Session::onCancelled(int request, const QString& path)
{
    continuations_.remove(request);
    const int row = photos_->rowOfRequest(request);
    if (row < 0)
        return;
    photos_->setState(row, photos_->photo(row).result.isValid() ? State::Done : State::Ready,
                      tr("Colorizing was cancelled."));
    restoreShownFrames(row);
    Q_EMIT message(tr("Cancelled colorizing %1.").arg(fileName(path)), 5000);
}

// ---- Hints -------------------------------------------------------------------------------

bool Session::editHints(int row, const HintEdit& edit)
{
    if (!isRow(row))
        return false;
    const std::optional<HintEditOutcome> outcome = applyHintEdit(photos_->photo(row).hints, edit);
    if (!outcome)
        return false;
    if (row == current_)
        selectedHint_ = outcome->selected;
    photos_->setHints(row, outcome->hints);
    if (row == current_)
        Q_EMIT hintsChanged();
    if (edit.kind == HintEdit::Kind::Add)
        Q_EMIT message(tr("Hint added. Colorize again (Ctrl+R) or continue from a timeline frame to use it."), 6000);
    return true;
}

void Session::selectHint(int index)
{
    const int count = isRow(current_) ? photos_->photo(current_).hints.size() : 0;
    selectedHint_ = index >= 0 && index < count ? index : -1;
    Q_EMIT hintsChanged();
}

QList<QColor> Session::suggestedColors(int row, QPointF fraction) const
{
    QList<QColor> colors;
    if (!isRow(row))
        return colors;
    for (const QImage& candidate : photos_->photo(row).result.candidates) {
        if (candidate.isNull())
            continue;
        const int x = std::clamp(int(fraction.x() * candidate.width()), 0, candidate.width() - 1);
        const int y = std::clamp(int(fraction.y() * candidate.height()), 0, candidate.height() - 1);
        const QColor color = candidate.pixelColor(x, y);
        if (!colors.contains(color))
            colors << color;
    }
    return colors;
}

// ---- Candidates --------------------------------------------------------------------------

bool Session::pickCandidate(int row, int candidate)
{
    if (!isRow(row))
        return false;
    const ColorizeResult& result = photos_->photo(row).result;
    if (!result.isValid() || candidate < 0 || candidate >= result.candidates.size())
        return false;
    photos_->setCandidate(row, candidate);
    Q_EMIT candidateChosen(row, candidate);
    if (row == current_)
        composeChosenOfCurrent();
    if (candidate != result.typical)
        Q_EMIT message(tr("Candidate %1 chosen: it is the one exported.").arg(candidate + 1), 5000);
    return true;
}

void Session::composeChosenOfCurrent()
{
    if (!isRow(current_))
        return;
    const PhotoListModel::Photo& photo = photos_->photo(current_);
    if (!photo.result.isValid() || photo.candidate == photo.result.typical) {
        chosenImage_ = QImage();
        Q_EMIT shownResultChanged();
        return;
    }
    // The previous composition stays shown until this one is ready.
    const ColorizeResult result = photo.result;
    const int candidate = photo.candidate;
    const QString path = photo.path;
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, path, candidate] {
        watcher->deleteLater();
        if (currentPath_ != path || photos_->photo(current_).candidate != candidate)
            return;  // another photo or candidate was chosen meanwhile
        chosenImage_ = watcher->result();
        Q_EMIT shownResultChanged();
    });
    watcher->setFuture(QtConcurrent::run(&imagePool_, [result, candidate] {
        return colorized::jobs::composeForDisplay(result, candidate);
    }));
}

QImage Session::shownResult() const
{
    if (!isRow(current_))
        return {};
    const PhotoListModel::Photo& photo = photos_->photo(current_);
    if (photo.state != State::Done && !photo.result.isValid())
        return {};
    const bool otherCandidate = photo.candidate != photo.result.typical && !chosenImage_.isNull();
    return otherCandidate ? chosenImage_ : photo.result.image;
}

// ---- Report ------------------------------------------------------------------------------

QString Session::branchDescription(int row) const
{
    if (!isRow(row) || photos_->photo(row).branch < 0)
        return {};
    const PhotoListModel::Photo& photo = photos_->photo(row);
    const PhotoListModel::Branch& branch = photo.branches.at(photo.branch);
    if (branch.parent < 0)
        return photo.branches.size() > 1 ? tr("Branch %1 of %2: a colorization from noise.")
                                               .arg(photo.branch + 1)
                                               .arg(photo.branches.size())
                                         : QString();
    return tr("Branch %1 of %2: continued from branch %3 at step %4 of %5 (its candidate %6, seed %7), re-noised "
              "with seed %8.")
        .arg(photo.branch + 1)
        .arg(photo.branches.size())
        .arg(branch.parent + 1)
        .arg(branch.fromStep + 1)
        .arg(branch.result.settings.steps)
        .arg(branch.fromCandidate + 1)
        .arg(branch.result.parentSeed)
        .arg(branch.result.settings.seed);
}

void Session::exportReport(int row, const QString& path)
{
    if (!isRow(row) || !photos_->photo(row).result.isValid()) {
        Q_EMIT reportWritten(path, tr("Nothing to report: colorize the photo first."));
        return;
    }
    const PhotoListModel::Photo& photo = photos_->photo(row);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(photo.path).absoluteFilePath()) {
        Q_EMIT reportWritten(path, tr("The report would replace the original scan; choose another file name."));
        return;
    }
    const ColorizeResult result = photo.result;
    const int candidate = photo.candidate;
    const QString branch = branchDescription(row);
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        Q_EMIT message(error.isEmpty() ? tr("Report written to %1.").arg(path) : error, 8000);
        Q_EMIT reportWritten(path, error);
    });
    watcher->setFuture(QtConcurrent::run(&imagePool_, [result, candidate, branch, path] {
        // The chosen candidate at full resolution, at most 1,600 px in the report.
        QImage image = colorized::jobs::composeForDisplay(result, candidate);
        if (image.width() > 1600 || image.height() > 1600)
            image = image.scaled(1600, 1600, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return colorized::jobs::writeReport(path, colorized::jobs::reportOf(result, candidate, image, branch));
    }));
    Q_EMIT message(tr("Writing the report…"), 0);
}

// ---- Export ------------------------------------------------------------------------------

void Session::exportRows(const QList<int>& rows, const ExportOptions& options)
{
    QVector<BatchExporter::Item> items;
    for (int row : rows)
        if (isRow(row) && photos_->photo(row).result.isValid())
            items.push_back({photos_->photo(row).result, photos_->photo(row).candidate});
    if (exporter_->start(items, options) == 0) {
        Q_EMIT exportsFinished({}, {tr("Nothing to export: colorize a photo first.")});
        return;
    }
    Q_EMIT message(tr("Exporting %n photo(s)…", nullptr, items.size()), 0);
}

double Session::longestStallMs() const
{
    return stallMeter_->longestStallMs();
}

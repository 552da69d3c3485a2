#include "session.h"

#include "batchexporter.h"
#include "photofiles.h"
#include "previewloader.h"
#include "projectstate.h"
#include "runstallmeter.h"
#include "sessioncommands.h"

#include "colorized/jobs/colorizejob.h"
#include "colorized/jobs/filehash.h"
#include "colorized/jobs/photoloader.h"
#include "colorized/jobs/projectio.h"
#include "colorized/jobs/provenance.h"
#include "colorized/jobs/report.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QScopedValueRollback>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using colorized::jobs::ColorizeJob;
using colorized::jobs::ColorizeRequest;
using colorized::jobs::ColorizeResult;
using colorized::jobs::ColorizeSettings;
using colorized::jobs::ExportOptions;
using colorized::jobs::HintSpec;
using colorized::jobs::PhotoPreview;
using colorized::jobs::resultName;
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
      stallMeter_(new RunStallMeter(job_, this)),
      undo_(new QUndoStack(this))
{
    // Removed photos keep their results on the stack: a bound on what undo holds.
    undo_->setUndoLimit(200);
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
    connect(exporter_, &BatchExporter::progressed, this, [this](int done, int total) {
        Q_EMIT message(tr("Exporting… %n left.", nullptr, total - done), 0);
        Q_EMIT exportProgressed(done, total);
    });
    connect(exporter_, &BatchExporter::finished, this,
            [this](const QString& folder, const QStringList& written, const QStringList& errors, int cancelled) {
                if (!errors.isEmpty())
                    Q_EMIT message(tr("%n export(s) failed.", nullptr, errors.size()), 8000);
                else if (cancelled > 0)
                    Q_EMIT message(tr("Export cancelled: %n photo(s) exported to %1 before.", nullptr, written.size()).arg(folder), 8000);
                else
                    Q_EMIT message(tr("Exported %n photo(s) to %1.", nullptr, written.size()).arg(folder), 8000);
                Q_EMIT exportsFinished(written, errors);
            });
    connect(exporter_, &BatchExporter::itemExported, this, &Session::onExported);
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
    if (!rows.isEmpty())
        Q_EMIT projectChanged();
    return files.size();
}

void Session::removeRows(const QList<int>& rows)
{
    QList<int> valid;
    for (int row : rows)
        if (isRow(row) && !valid.contains(row))
            valid << row;
    if (valid.isEmpty())
        return;
    std::sort(valid.begin(), valid.end());
    undo_->push(new RemovePhotosCommand(this, valid, valid.size()));
}

Session::Removed Session::takeRows(const QList<int>& rows)
{
    Removed removed;
    for (int row : rows) {
        if (!isRow(row))
            continue;
        removed.rows << row;
        removed.photos << photos_->photo(row);
        job_->cancel(photos_->photo(row).request);
        autoColorize_.remove(photos_->photo(row).path);
    }
    const int was = current_;
    {
        const QScopedValueRollback<bool> removing(removing_, true);
        photos_->removeRows(removed.rows);
    }
    const int survivor = photos_->rowOfPath(currentPath_);
    if (survivor >= 0)
        current_ = survivor;   // the same photo, moved up
    else
        setCurrent(std::min(was, photos_->rowCount() - 1));
    Q_EMIT projectChanged();
    return removed;
}

void Session::putBack(const Removed& removed)
{
    QVector<PhotoListModel::Photo> photos = removed.photos;
    for (PhotoListModel::Photo& photo : photos) {
        // Their runs were cancelled when they were removed.
        photo.request = 0;
        if (photo.state == State::Queued || photo.state == State::Running)
            photo.state = photo.result.isValid() ? State::Done : State::Ready;
    }
    photos_->insertPhotos(removed.rows, photos);
    current_ = photos_->rowOfPath(currentPath_);
    for (const PhotoListModel::Photo& photo : photos)
        if (photo.state == State::Loading)
            previews_->loadThumbnail(photo.path);   // its first read was dropped
    Q_EMIT projectChanged();
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
    rerenderIfSaved(row);
}

QList<int> Session::colorizableRows() const
{
    QList<int> rows;
    for (int row = 0; row < photos_->rowCount(); ++row)
        if (photos_->photo(row).state != State::Failed && photos_->photo(row).state != State::Loading)
            rows << row;
    return rows;
}

QList<int> Session::unexportedRows() const
{
    QList<int> rows;
    for (int row = 0; row < photos_->rowCount(); ++row)
        if (photos_->photo(row).needsExport())
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
        photos_->setPreview(at, preview);
        if (photos_->photo(at).state == State::Loading)
            photos_->setState(at, State::Ready);
        if (preview.color == colorized::jobs::ScanColor::Color)
            Q_EMIT message(tr("%1 already holds color: it is kept as it is unless you choose to colorize "
                              "its luminance.").arg(fileName(preview.path)),
                           8000);
        if (colorizeNow)
            colorize({at}, *colorizeNow);
    }
    if (at == current_) {
        loadOriginalOfCurrent();
        rerenderIfSaved(at);
    }
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
    int keptColor = 0;
    for (int row : rows) {
        if (!isRow(row) || photos_->photo(row).state == State::Loading)
            continue;
        if (photos_->keepsItsColor(row)) {
            ++keptColor;
            continue;
        }
        ColorizeRequest request;
        request.sourcePath = photos_->photo(row).path;
        request.settings = settings;
        request.hints = photos_->photo(row).hints;
        submit(row, request);
    }
    if (keptColor > 0)
        Q_EMIT message(tr("%n scan(s) already hold color and were left as they are: choose "
                          "Colorize Luminance for a scan to colorize it anyway.", nullptr, keptColor),
                       0);
}

bool Session::canContinue(int row) const
{
    // While a project's branches are being made again, a new branch would take the index that
    // the next saved one refers to.
    return isRow(row) && photos_->photo(row).result.isValid() && photos_->photo(row).result.steps != nullptr
           && !photos_->photo(row).saved;
}

void Session::continueFrom(int row, int step, const ColorizeSettings& settings)
{
    if (!isRow(row) || step < 0)
        return;
    if (!canContinue(row)) {
        Q_EMIT message(photos_->photo(row).saved
                           ? tr("The branches saved in the project are still being made again: continue once they are.")
                           : tr("Colorize the photo first, then pick a timeline frame to continue from."),
                       0);
        return;
    }
    const PhotoListModel::Photo& photo = photos_->photo(row);
    submitContinuation(row, photo.branch, step, photo.candidate, settings, photo.hints);
    Q_EMIT message(tr("Continuing from %1, step %2, with seed %3 and %n hint(s).", nullptr, photo.hints.size())
                       .arg(resultName(photo.candidate, photo.result.settings.candidates))
                       .arg(step + 1)
                       .arg(settings.seed),
                   0);
}

int Session::submitContinuation(int row, int branch, int step, int candidate, const ColorizeSettings& settings,
                                const QVector<HintSpec>& hints)
{
    const ColorizeResult& from = photos_->photo(row).branches.at(branch).result;
    ColorizeRequest request;
    request.sourcePath = photos_->photo(row).path;
    request.settings = settings;
    request.hints = hints;
    request.continueFrom.run = from.run;
    request.continueFrom.steps = from.steps;
    request.continueFrom.step = step;
    request.continueFrom.candidate = candidate;
    // The archivist waits for it (or, remaking a project, its parent's states must still be kept).
    const int id = submit(row, request, colorized::jobs::QueuePlace::First);
    continuations_.insert(id, Continuation{branch, step, candidate});
    return id;
}

bool Session::showBranch(int row, int branch)
{
    if (!isRow(row) || branch < 0 || branch >= photos_->photo(row).branches.size())
        return false;
    const PhotoListModel::Photo& photo = photos_->photo(row);
    if (photo.branch != branch)
        undo_->push(new SwitchBranchCommand(this, photo.path, photo.branch, branch, photo.exported.upToDate));
    return true;
}

void Session::applyBranch(const QString& path, int branch, bool exportUpToDate)
{
    const int row = photos_->rowOfPath(path);
    if (row < 0 || branch < 0 || branch >= photos_->photo(row).branches.size())
        return;
    setExportUpToDate(row, exportUpToDate);
    photos_->showBranch(row, branch);
    if (row == current_) {
        chosenImage_ = QImage();
        composeChosenOfCurrent();
    }
    Q_EMIT branchShown(row);
    Q_EMIT projectChanged();   // the project saves which branch is shown
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
    const PhotoListModel::Photo before = photos_->photo(row);
    // Remaking a project's branches: this is the first one not made yet.
    const bool remade = rerendering_.remove(result.request) && before.saved
                        && size_t(before.branches.size()) < before.saved->branches.size();
    const colorized::project::Branch* saved = remade ? &before.saved->branches.at(size_t(before.branches.size())) : nullptr;
    const bool lastRemade = remade && size_t(before.branches.size()) + 1 == before.saved->branches.size();
    PhotoListModel::Branch branch;
    if (from) {
        branch.parent = from->branch;
        branch.fromStep = from->step;
        branch.fromCandidate = from->candidate;
    }
    branch.result = result;
    // The project's result again: its chosen candidate, and the export still stands.
    branch.candidate = remade ? std::clamp(saved->candidate, 0, int(result.candidates.size()) - 1) : result.shown;
    branch.frames = before.frames;
    const int added = photos_->addBranch(row, branch);
    photos_->setSha256(row, result.sourceSha256);
    if (remade) {
        const QString savedModel = QString::fromStdString(saved->render.settings.modelSha256);
        if (!before.sha256.isEmpty() && before.sha256 != result.sourceSha256)
            photos_->setMessage(row, tr("The original has changed since the project was saved: this result is not the saved one."));
        else if (!savedModel.isEmpty() && savedModel != result.modelSha256)
            photos_->setMessage(row, tr("The model file has changed since the project was saved: this result is not the saved one."));
    } else if (before.exported.upToDate) {
        setExportUpToDate(row, false);   // a new result: the export is of another one
    }
    if (!remade || lastRemade)
        photos_->setSaved(row, std::nullopt);   // a new run ends what was left of the project's branches
    Q_EMIT resultArrived(row);
    if (remade && !lastRemade) {
        remakeNextBranch(row);
        return;
    }
    if (lastRemade) {
        // Every branch made again: the one the project showed, with its candidate.
        if (before.saved->shown != added)
            applyBranch(before.path, before.saved->shown, photos_->photo(row).exported.upToDate);
        Q_EMIT candidateChosen(row, photos_->photo(row).candidate);
        if (row == current_)
            composeChosenOfCurrent();
    }
    Q_EMIT projectChanged();
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
    rerendering_.remove(request);
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
    rerendering_.remove(request);
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
    const QVector<HintSpec>& before = photos_->photo(row).hints;
    const std::optional<HintEditOutcome> outcome = applyHintEdit(before, edit);
    if (!outcome)
        return false;
    undo_->push(new HintEditCommand(this, photos_->photo(row).path, edit, before, *outcome));
    if (edit.kind == HintEdit::Kind::Add)
        Q_EMIT message(tr("Hint added. Colorize again (Ctrl+R) or continue from a timeline frame to use it."), 6000);
    return true;
}

void Session::applyHints(const QString& path, const QVector<HintSpec>& hints, int selected)
{
    const int row = photos_->rowOfPath(path);
    if (row < 0)
        return;
    if (row == current_)
        selectedHint_ = selected >= 0 && selected < hints.size() ? selected : -1;
    photos_->setHints(row, hints);
    if (row == current_)
        Q_EMIT hintsChanged();
    Q_EMIT projectChanged();
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
    const PhotoListModel::Photo& photo = photos_->photo(row);
    if (!photo.result.isValid() || candidate < 0 || candidate >= photo.result.candidates.size())
        return false;
    const QString name = resultName(candidate, photo.result.settings.candidates);
    if (candidate != photo.candidate)
        undo_->push(new PickCandidateCommand(this, photo.path, photo.candidate, candidate, name, photo.exported.upToDate));
    if (candidate != photo.result.shown)
        Q_EMIT message(tr("%1 chosen: it is the one exported.").arg(name), 5000);
    return true;
}

void Session::applyCandidate(const QString& path, int candidate, bool exportUpToDate)
{
    const int row = photos_->rowOfPath(path);
    if (row < 0 || candidate < 0 || candidate >= photos_->photo(row).result.candidates.size())
        return;
    setExportUpToDate(row, exportUpToDate);
    photos_->setCandidate(row, candidate);
    Q_EMIT candidateChosen(row, candidate);
    if (row == current_)
        composeChosenOfCurrent();
    Q_EMIT projectChanged();
}

void Session::setExportUpToDate(int row, bool upToDate)
{
    PhotoListModel::ExportRecord exported = photos_->photo(row).exported;
    exported.upToDate = upToDate;
    photos_->setExported(row, exported);
}

void Session::composeChosenOfCurrent()
{
    if (!isRow(current_))
        return;
    const PhotoListModel::Photo& photo = photos_->photo(current_);
    if (!photo.result.isValid() || photo.candidate == photo.result.shown) {
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

void Session::composeCandidateTiles(QSize tile)
{
    if (!isRow(current_) || !photos_->photo(current_).result.isValid() || tile.isEmpty())
        return;
    const ColorizeResult result = photos_->photo(current_).result;
    const QString path = currentPath_;
    auto* watcher = new QFutureWatcher<QVector<QImage>>(this);
    connect(watcher, &QFutureWatcher<QVector<QImage>>::finished, this, [this, watcher, path, run = result.run] {
        watcher->deleteLater();
        if (currentPath_ != path || photos_->photo(current_).result.run != run)
            return;  // another photo, or another result, meanwhile
        if (!watcher->result().isEmpty())
            Q_EMIT candidateTilesComposed(current_, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&imagePool_, [result, tile] {
        return colorized::jobs::composeCandidateTiles(result, tile);
    }));
}

QImage Session::shownResult() const
{
    if (!isRow(current_))
        return {};
    const PhotoListModel::Photo& photo = photos_->photo(current_);
    if (photo.state != State::Done && !photo.result.isValid())
        return {};
    const bool otherCandidate = photo.candidate != photo.result.shown && !chosenImage_.isNull();
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

void Session::cancelExports()
{
    exporter_->cancel();
}

// ---- Collection review and scans that hold color ------------------------------------------

void Session::setReview(const QList<int>& rows, PhotoListModel::Review review)
{
    for (int row : rows)
        if (isRow(row))
            photos_->setReview(row, review);
    Q_EMIT projectChanged();
}

void Session::setColorChoice(const QList<int>& rows, PhotoListModel::ColorChoice choice)
{
    for (int row : rows)
        if (isRow(row) && photos_->photo(row).color == colorized::jobs::ScanColor::Color)
            photos_->setColorChoice(row, choice);
}

QList<int> Session::rowsToAskAboutColor(const QList<int>& rows) const
{
    QList<int> ask;
    for (int row : rows)
        if (isRow(row) && photos_->keepsItsColor(row))
            ask << row;
    return ask;
}

void Session::prioritizePreviews(const QList<int>& rows)
{
    QStringList paths;
    for (int row : rows)
        if (isRow(row) && photos_->photo(row).state == State::Loading)
            paths << photos_->photo(row).path;
    if (!paths.isEmpty())
        previews_->prioritize(paths);
}

void Session::onExported(const QString& sourcePath, int candidate, const QString& imagePath)
{
    const int row = photos_->rowOfPath(sourcePath);
    if (row < 0)
        return;
    // Up to date only if the archivist did not choose another candidate meanwhile.
    photos_->setExported(row, {imagePath, QDateTime::currentDateTimeUtc(), photos_->photo(row).candidate == candidate});
    Q_EMIT projectChanged();
}

double Session::longestStallMs() const
{
    return stallMeter_->longestStallMs();
}

// ---- Project -----------------------------------------------------------------------------

colorized::project::Project Session::project() const
{
    colorized::project::Project project;
    project.software = QStringLiteral("COLORIZED %1").arg(QCoreApplication::applicationVersion()).trimmed().toStdString();
    for (int row = 0; row < photos_->rowCount(); ++row)
        project.photos.push_back(projectPhotoOf(photos_->photo(row)));
    project.current = current_;
    return project;
}

Session::Restored Session::openProject(const colorized::project::Project& project)
{
    ++projectGeneration_;
    job_->cancelAll();
    autoColorize_.clear();
    continuations_.clear();
    rerendering_.clear();
    undo_->clear();
    {
        const QScopedValueRollback<bool> removing(removing_, true);
        QList<int> all;
        for (int row = 0; row < photos_->rowCount(); ++row)
            all << row;
        photos_->removeRows(all);
    }
    setCurrent(-1);

    Restored restored;
    QVector<QPair<QString, QString>> recorded;
    for (const colorized::project::Photo& saved : project.photos) {
        const QString path = QString::fromStdString(saved.path);
        const QList<int> added = photos_->addPaths({path});
        if (added.isEmpty())
            continue;
        const int row = added.first();
        restorePhoto(*photos_, row, saved);
        ++restored.photos;
        restored.colorized += saved.render ? 1 : 0;
        restored.hints += int(saved.hints.size());
        if (!QFileInfo(path).isFile()) {
            ++restored.missing;
            photos_->setState(row, State::Failed,
                              tr("The original is not at %1 any more (moved, renamed or deleted since the project was saved).").arg(path));
            continue;
        }
        if (!saved.sha256.empty())
            recorded.push_back({path, QString::fromStdString(saved.sha256)});
        previews_->loadThumbnail(path);
    }
    setCurrent(project.current);
    checkOriginals(recorded);
    return restored;
}

void Session::rerender(const QList<int>& rows)
{
    for (int row : rows)
        if (isRow(row))
            remakeNextBranch(row);
}

void Session::remakeNextBranch(int row)
{
    const PhotoListModel::Photo& photo = photos_->photo(row);
    const size_t next = size_t(photo.branches.size());
    if (!photo.saved || next >= photo.saved->branches.size())
        return;
    const colorized::project::Branch& saved = photo.saved->branches.at(next);
    const ColorizeSettings settings = colorized::jobs::colorizeSettingsOf(saved.render.settings);
    const QVector<HintSpec> hints = colorized::jobs::hintSpecsOf(saved.render.hints);
    // The branches made so far are the saved ones, in order: a parent's index is the same here
    // (and earlier: projectfile.cpp refuses a file where it is not).
    if (saved.parent >= int(next))
        return;
    if (saved.parent >= 0) {
        rerendering_.insert(submitContinuation(row, saved.parent, saved.fromStep, saved.fromCandidate, settings, hints));
        return;
    }
    ColorizeRequest request;
    request.sourcePath = photo.path;
    request.settings = settings;
    request.hints = hints;
    // The first branch waits its turn; the others follow it before other photos' runs.
    rerendering_.insert(submit(row, request, next == 0 ? colorized::jobs::QueuePlace::Last : colorized::jobs::QueuePlace::First));
}

void Session::rerenderIfSaved(int row)
{
    if (!isRow(row))
        return;
    // Ready: nothing made yet; Done with branches still saved: a remaking that was cancelled.
    const PhotoListModel::Photo& photo = photos_->photo(row);
    if (photo.saved && (photo.state == State::Ready || photo.state == State::Done))
        rerender({row});
}

void Session::checkOriginals(const QVector<QPair<QString, QString>>& pathAndSha)
{
    if (pathAndSha.isEmpty())
        return;
    auto* watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, generation = projectGeneration_] {
        watcher->deleteLater();
        if (generation != projectGeneration_)
            return;   // another project was opened meanwhile
        const QStringList changed = watcher->result();
        for (const QString& path : changed) {
            const int row = photos_->rowOfPath(path);
            if (row >= 0)
                photos_->setMessage(row, tr("The original has changed since the project was saved (its SHA-256 differs): "
                                            "its result cannot be remade as it was."));
        }
        if (!changed.isEmpty())
            Q_EMIT message(tr("%n original(s) changed since the project was saved: see the photos marked in the list.",
                              nullptr, changed.size()),
                           0);
    });
    // Hashing reads every original once: off the GUI thread, on the pool that exports use.
    watcher->setFuture(QtConcurrent::run(&imagePool_, [pathAndSha] {
        QStringList changed;
        for (const auto& [path, sha] : pathAndSha)
            if (colorized::jobs::fileSha256(path) != sha)
                changed << path;
        return changed;
    }));
}

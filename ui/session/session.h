#pragma once
// The archivist's working session, without widgets: the photos and their state
// (PhotoListModel), the colorize requests (ColorizeJob and its request queue), the hints, the
// candidate chosen per photo, the photo being worked on, and export. MainWindow wires it to
// actions, docks and the viewer; tests drive it directly.
//
// Each kind of change has one entry point (addPaths, removeRows, colorize, continueFrom,
// showBranch, editHints, pickCandidate, exportRows). Hint edits, candidate choices, branch
// switches and removals are undo commands (sessioncommands.h) on undoStack(); the state they
// change (per photo: path, hints, its branches, each a result with its settings, seed, origin
// and chosen candidate, the branch shown, export) is what project() returns and openProject()
// restores.
// GUI thread only.

#include "hintedit.h"
#include "photolistmodel.h"

#include "colorized/jobs/colorizetypes.h"
#include "colorized/jobs/exporter.h"
#include "colorized/project/project.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QThreadPool>

#include <optional>

namespace colorized::jobs {
class ColorizeJob;
struct PhotoPreview;
}
class BatchExporter;
class PreviewLoader;
class QUndoStack;
class RunStallMeter;

class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    // Cancels the colorizations and waits for the reads and exports that have started.
    ~Session() override;

    PhotoListModel* photos() const { return photos_; }
    colorized::jobs::ColorizeJob* job() const { return job_; }
    // Hint edits, candidate choices, branch switches and removals; cleared when a project is
    // opened or cleared.
    QUndoStack* undoStack() const { return undo_; }

    // ---- Photos
    // Lists the photographs in `paths` (files; folders are searched) that are not listed yet
    // and reads their previews. With `autoColorize`, each is colorized with those settings
    // once its preview is read. Makes the first one added, or the first one found, current
    // when no photo is. Returns how many photographs were found, listed before or not.
    int addPaths(const QStringList& paths,
                 const std::optional<colorized::jobs::ColorizeSettings>& autoColorize = std::nullopt);
    // Takes the rows off the list, cancelling their colorizations (undoable: undo puts them
    // back with their hints and results).
    void removeRows(const QList<int>& rows);
    int current() const { return current_; }   // -1: none
    void setCurrent(int row);

    QList<int> colorizableRows() const;        // neither loading nor unreadable
    QList<int> colorizedRows() const;          // with a result to export
    // Colorized (or with a result saved in the project) but not exported as it is now.
    QList<int> unexportedRows() const;

    // ---- Colorizing
    // Queues the rows (not those still loading, nor scans that hold color and are to be kept:
    // see setColorChoice()); without a model, says so in message().
    void colorize(const QList<int>& rows, const colorized::jobs::ColorizeSettings& settings);
    // A new branch of the photo of `row`: the rest of its shown branch's process from sampler
    // step `step` (a timeline frame), from the chosen candidate's state re-noised with
    // settings.seed, with its hints as they are now. Runs before the other queued photos; the
    // branch it continues stays (showBranch).
    void continueFrom(int row, int step, const colorized::jobs::ColorizeSettings& settings);
    // Its shown branch's frame states are kept, and no branch of a project waits to be made again.
    bool canContinue(int row) const;
    // Shows branch `branch` of the photo of `row` (its result, chosen candidate and timeline);
    // undoable. Returns false when there is no such branch.
    bool showBranch(int row, int branch);
    void cancelRunning();                      // the running request; all when none runs
    void cancelAll();

    // ---- Hints
    // The one way hints change: applies `edit` to the hints of `row` and, for the current
    // photo, selects what the edit selects. Returns false (and changes nothing) when the edit
    // does not apply.
    bool editHints(int row, const HintEdit& edit);
    int selectedHint() const { return selectedHint_; }   // of the current photo, -1: none
    void selectHint(int index);
    // The candidates' colors at `fraction` of the photo of `row`, distinct, in candidate order.
    QList<QColor> suggestedColors(int row, QPointF fraction) const;

    // ---- Candidates
    // Makes `candidate` the one shown and exported for `row`. Returns false when `row` has no
    // such candidate.
    bool pickCandidate(int row, int candidate);
    // What the viewer shows as the current photo's result: the chosen candidate at full
    // resolution once composed (in the background), until then the most typical one; null
    // before a result.
    QImage shownResult() const;
    // Composes every candidate of the current photo at full resolution, reduced to fit `tile`
    // (the candidates grid's cell), in the background; candidateTilesComposed() follows.
    void composeCandidateTiles(QSize tile);
    // The full-resolution original of the current photo is being read.
    bool isLoadingOriginal() const { return !loadingOriginal_.isEmpty(); }

    // ---- Report
    // Writes the printable report of the shown branch's chosen candidate of `row` as a PDF at
    // `path`, in the background; ends with reportWritten().
    void exportReport(int row, const QString& path);
    // How the shown branch of `row` was reached, one translated sentence; empty for a first run.
    QString branchDescription(int row) const;

    // ---- Export
    // Exports each row's chosen candidate with `options` (folder, format); reports
    // exportProgressed() and ends with exportsFinished().
    void exportRows(const QList<int>& rows, const colorized::jobs::ExportOptions& options);
    // The exports not started yet are skipped; exportsFinished() still follows.
    void cancelExports();

    // ---- Collection review and scans that hold color
    // The archivist's verdict on `rows`.
    void setReview(const QList<int>& rows, PhotoListModel::Review review);
    // What to do with scans that already hold color: keep them, or colorize their luminance.
    void setColorChoice(const QList<int>& rows, PhotoListModel::ColorChoice choice);
    // Of `rows`, the scans that hold color and are to be kept as they are (the archivist has
    // not chosen, or chose to keep them): colorize() leaves them out.
    QList<int> rowsToAskAboutColor(const QList<int>& rows) const;
    // Reads the thumbnails of `rows` before the others (the tiles a view shows).
    void prioritizePreviews(const QList<int>& rows);

    // Longest GUI-thread stall (ms) measured while colorizing.
    double longestStallMs() const;

    // ---- Project
    // The session as a project file saves it: the photos, their hints, how each result was
    // made, the candidate chosen, the exports, the current photo.
    colorized::project::Project project() const;
    struct Restored {
        int photos = 0;
        int colorized = 0;   // with a saved result, remade when shown
        int hints = 0;
        int missing = 0;     // originals not found where the project says
    };
    // Replaces every photo by the project's and clears the undo history. A photo with saved
    // results is colorized again exactly as it was when it becomes current, or through
    // rerender(): each branch in order (the same settings, seed and hints; a continuation from
    // its remade parent's step and candidate, re-noised with its seed), each with its candidate
    // chosen, then the saved branch shown. An original that is missing is listed as failed, one
    // that changed since is flagged once its hash is known.
    Restored openProject(const colorized::project::Project& project);
    // Renders the rows again from their saved branches (see openProject), from the first branch
    // not made again yet; others are skipped.
    void rerender(const QList<int>& rows);

Q_SIGNALS:
    void currentChanged(int row);
    void photoLoaded(int row);                     // its preview was read (or failed to)
    void originalLoaded(const QImage& image);      // the current photo at full resolution
    void shownResultChanged();                     // the chosen candidate was composed, or dropped
    void hintsChanged();                           // hints or selection of the current photo
    void candidateChosen(int row, int candidate);
    void candidateTilesComposed(int row, const QVector<QImage>& tiles);
    // Timeline of a photo: frames replaced (a run started from a kept prefix, failed or was
    // cancelled), one frame added, or the run finished.
    void framesReplaced(int row);
    void frameAdded(int row, const colorized::jobs::TimelineFrame& frame);
    void resultArrived(int row);                   // a new branch, shown
    void branchShown(int row);                     // another branch is shown
    void exportProgressed(int done, int total);
    void exportsFinished(const QStringList& written, const QStringList& errors);
    void reportWritten(const QString& path, const QString& error);   // error empty: written
    // A translated sentence for the status bar; timeoutMs 0: until the next one.
    void message(const QString& text, int timeoutMs);
    // Something project() returns changed (not progress): time to save.
    void projectChanged();

private:
    // The undo commands' way in (sessioncommands.h): the state changes themselves.
    friend class SessionCommand;
    void applyHints(const QString& path, const QVector<colorized::jobs::HintSpec>& hints, int selected);
    void applyCandidate(const QString& path, int candidate, bool exportUpToDate);
    void applyBranch(const QString& path, int branch, bool exportUpToDate);
    struct Removed {
        QList<int> rows;                        // ascending, as they were
        QVector<PhotoListModel::Photo> photos;  // with their results, hints and timelines
    };
    Removed takeRows(const QList<int>& rows);
    void putBack(const Removed& removed);

    void rerenderIfSaved(int row);
    void remakeNextBranch(int row);
    // Continues branch `branch` of `row` from sampler step `step` of its candidate `candidate`,
    // re-noised with settings.seed: "Continue from here", and the remaking of a saved
    // continuation. Returns the request.
    int submitContinuation(int row, int branch, int step, int candidate,
                           const colorized::jobs::ColorizeSettings& settings,
                           const QVector<colorized::jobs::HintSpec>& hints);
    void checkOriginals(const QVector<QPair<QString, QString>>& pathAndSha);
    void onExported(const QString& sourcePath, int candidate, const QString& imagePath);
    bool isRow(int row) const { return row >= 0 && row < photos_->rowCount(); }
    int submit(int row, const colorized::jobs::ColorizeRequest& request,
               colorized::jobs::QueuePlace place = colorized::jobs::QueuePlace::Last);
    void restoreShownFrames(int row);   // after a run that made no branch
    void loadOriginalOfCurrent();
    // A choice that changes what is shown (candidate, branch) makes the export out of date;
    // undoing it restores the state it had.
    void setExportUpToDate(int row, bool upToDate);
    void composeChosenOfCurrent();
    void onThumbnailLoaded(const colorized::jobs::PhotoPreview& preview);
    void onFullImageLoaded(const colorized::jobs::PhotoPreview& preview);
    void onStarted(int request, const QString& path);
    void onFrame(const colorized::jobs::TimelineFrame& frame);
    void onProgress(int request, int step, int count);
    void onFinished(const colorized::jobs::ColorizeResult& result);
    void onFailed(int request, const QString& path, const QString& text);
    void onCancelled(int request, const QString& path);

    PhotoListModel* photos_;
    colorized::jobs::ColorizeJob* job_;
    PreviewLoader* previews_;
    QThreadPool imagePool_;         // exports and candidate composition, one at a time
    BatchExporter* exporter_;
    RunStallMeter* stallMeter_;
    QUndoStack* undo_;

    int current_ = -1;
    bool removing_ = false;         // views move their current row while rows go: ignored
    QString currentPath_;           // the current photo: rows move when others are removed
    int selectedHint_ = -1;
    QString loadingOriginal_;       // path whose full image is being read
    QString originalShown_;         // path whose full image was delivered
    QImage chosenImage_;            // current photo's chosen candidate at full resolution
    QHash<QString, colorized::jobs::ColorizeSettings> autoColorize_;  // path -> once loaded
    QSet<int> rerendering_;         // requests that remake a branch saved in a project
    int projectGeneration_ = 0;     // checks of an earlier project's originals are dropped
    struct Continuation {
        int branch = -1;            // the branch continued
        int step = 0;               // from this sampler step
        int candidate = 0;          // from this candidate's state
    };
    QHash<int, Continuation> continuations_;  // request -> what it continues
};

#pragma once
// The photos of the session and their state. Holds hundreds of items: thumbnails are small,
// timeline frames are kept for the most recently colorized photos only. GUI thread only.

#include "colorized/jobs/colorizetypes.h"
#include "colorized/jobs/photoloader.h"
#include "colorized/project/project.h"

#include <QAbstractListModel>
#include <QImage>
#include <QPixmap>
#include <QVector>

#include <array>
#include <deque>
#include <optional>
#include <vector>

class PhotoListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class State { Loading, Ready, Queued, Running, Done, Failed };
    Q_ENUM(State)
    enum Role { PathRole = Qt::UserRole + 1, StateRole, MessageRole, ProgressRole, ReviewRole, ScanColorRole };
    // The archivist's verdict on a photo in the collection review.
    enum class Review { ToReview, Accepted, Redo, Rejected };
    Q_ENUM(Review)
    static constexpr int kReviewStates = 4;
    // For a scan that already holds color: keep it as it is (never colorized), or colorize its
    // luminance anyway. Ask until the archivist has said.
    enum class ColorChoice { Ask, Keep, ColorizeLuminance };
    Q_ENUM(ColorChoice)

    // How a photo's results were made, read from a project file and kept until every branch is
    // made again from it, in order (results themselves are not saved: they are remade exactly).
    struct SavedRender {
        std::vector<colorized::project::Branch> branches;   // each continuation after its parent
        int shown = 0;                                      // the branch shown once all are made
    };
    struct ExportRecord {
        QString path;              // empty: never exported
        QDateTime at;              // UTC
        bool upToDate = false;     // the chosen candidate of the present result is what was written
    };

    // One result of a photo and where it came from. Every result is kept as a branch: a fresh
    // run from noise, or the continuation of another branch from one of its timeline frames.
    struct Branch {
        int parent = -1;           // index in Photo::branches; -1: a fresh run
        int fromStep = -1;         // the parent's sampler step it continued from
        int fromCandidate = 0;     // the parent's candidate whose state it continued
        colorized::jobs::ColorizeResult result;   // with its settings and seed
        int candidate = 0;         // the candidate chosen on this branch
        QVector<colorized::jobs::TimelineFrame> frames;   // the parent's before fromStep, then its own
    };

    struct Photo {
        QString path;
        QString sha256;            // of the original when last read for a result or a project
        QImage thumbnail;
        QPixmap icon;              // what the list shows: thumbnail, then the chosen result
        QSize size;
        int bitDepth = 8;
        State state = State::Loading;
        QString message;           // error or note, shown as tooltip
        double progress = 0;       // 0..1 while running
        int request = 0;           // the job request of the latest colorization
        QVector<Branch> branches;  // every result, oldest first
        int branch = -1;           // the one shown and exported; -1 before any result
        // The shown branch's result and chosen candidate, kept equal to them by the model
        // (what most readers want; the branch holds them).
        colorized::jobs::ColorizeResult result;
        int candidate = 0;
        QVector<colorized::jobs::HintSpec> hints;
        // What the timeline shows: the shown branch's frames, or those of the run in progress.
        QVector<colorized::jobs::TimelineFrame> frames;
        colorized::jobs::ScanColor color = colorized::jobs::ScanColor::Gray;   // known once read
        ColorChoice colorChoice = ColorChoice::Ask;
        Review review = Review::ToReview;
        std::optional<SavedRender> saved;
        ExportRecord exported;

        bool hasWork() const { return result.isValid() || saved.has_value(); }
        bool needsExport() const { return hasWork() && !(exported.upToDate && !exported.path.isEmpty()); }
    };

    // Photos whose timeline frames are kept; older photos keep their result only.
    static constexpr int kPhotosWithFrames = 12;

    explicit PhotoListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // Appends the paths not already listed; returns the rows added.
    QList<int> addPaths(const QStringList& paths);
    void removeRows(QList<int> rows);
    // Puts photos back at `rows` (ascending, as they were before they were removed).
    void insertPhotos(const QList<int>& rows, const QVector<Photo>& photos);
    const Photo& photo(int row) const { return photos_.at(row); }
    int rowOfPath(const QString& path) const;
    int rowOfRequest(int request) const;
    QList<int> rowsInState(State state) const;

    void setPreview(int row, const colorized::jobs::PhotoPreview& preview);
    void setState(int row, State state, const QString& message = {});
    void setRequest(int row, int request);
    void setProgress(int row, double progress);
    // Adds a branch and shows it (its frames become the timeline's). Returns its index.
    int addBranch(int row, const Branch& branch);
    // Shows another branch of the photo: its result, its chosen candidate, its frames.
    void showBranch(int row, int branch);
    // The candidate chosen on the shown branch.
    void setCandidate(int row, int candidate);
    void setHints(int row, const QVector<colorized::jobs::HintSpec>& hints);
    void setFrames(int row, const QVector<colorized::jobs::TimelineFrame>& frames);
    void appendFrame(int row, const colorized::jobs::TimelineFrame& frame);
    void setReview(int row, Review review);
    void setColorChoice(int row, ColorChoice choice);
    // How many photos are in each review state, indexed by Review.
    std::array<int, kReviewStates> reviewCounts() const;
    // A scan that holds color and that the archivist has not allowed to be colorized.
    bool keepsItsColor(int row) const;
    void setSaved(int row, const std::optional<SavedRender>& saved);
    void setExported(int row, const ExportRecord& exported);
    void setSha256(int row, const QString& sha256);
    void setMessage(int row, const QString& message);

    static QString stateText(State state);
    static QString reviewText(Review review);

Q_SIGNALS:
    void photoChanged(int row);

private:
    void touch(int row);
    void keepFramesFor(int row);
    void updateIcon(Photo& photo);

    QVector<Photo> photos_;
    std::deque<QString> framesKept_;   // paths of the photos whose frames are kept, newest last
};

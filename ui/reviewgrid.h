#pragma once
// The collection review: every photo of the session as a tile (the result once colorized,
// else the scan) with its review state as a badge, filtered by state with the count of each,
// triaged from the keyboard (A accept, R redo, X reject, U or 0 back to review, arrows to
// move, Enter to open in the viewer), and the accepted photos exported in one batch. Built for
// thousands of scans: one virtualised list view with uniform tiles, laid out in batches, and
// the thumbnails of the tiles on screen read first. Renders and forwards; the review state
// lives in the Session. GUI thread only.

#include "photolistmodel.h"

#include <QTimer>
#include <QWidget>

#include <array>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QListView;
class QPushButton;
class ReviewFilterModel;
class Session;

class ReviewGrid : public QWidget {
    Q_OBJECT
public:
    static constexpr int kTileImage = 128;   // px, the thumbnails' long side (PreviewLoader)

    explicit ReviewGrid(Session* session, QWidget* parent = nullptr);

    QListView* view() const { return view_; }
    ReviewFilterModel* filter() const { return filter_; }
    // Shows the photos of one state (nothing: all), as the filter buttons do.
    void showOnly(std::optional<PhotoListModel::Review> review);
    // "All (2,000)", "To review (1,990)", ...: the filter buttons' texts, in that order.
    QStringList filterTexts() const;
    // Makes the tile of `row` (a session row) current and visible.
    void setCurrentPhoto(int row);
    // The session rows of the selected tiles, or the current one.
    QList<int> selectedRows() const;

Q_SIGNALS:
    void openRequested(int row);                   // Enter or double click on a tile
    void exportRequested(const QList<int>& rows);  // the accepted photos

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void triage(PhotoListModel::Review review);
    void updateCounts();
    void readVisibleFirst();

    Session* session_;
    ReviewFilterModel* filter_;
    QListView* view_;
    QButtonGroup* filters_;
    std::array<QAbstractButton*, PhotoListModel::kReviewStates + 1> filterButtons_{};   // all, then each state
    QPushButton* exportButton_;
    QLabel* hint_;
    QTimer countsTimer_;    // coalesces the changes of a whole load into one count
    QTimer visibleTimer_;   // coalesces scrolling into one request for the tiles on screen
};

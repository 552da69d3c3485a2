#pragma once
// The archivist's main window: photo list, viewer with compare modes, timeline, hints,
// settings, status bar with progress/ETA/cancel, export. The composition root of the UI: it
// connects the views to ColorizeJob. GUI thread only.

#include "colorized/jobs/colorizetypes.h"
#include "colorized/jobs/exporter.h"

#include <QHash>
#include <QMainWindow>
#include <QThreadPool>

#include <functional>

class HintsDock;
class ImageViewer;
class PhotoListModel;
class QActionGroup;
class QLabel;
class QListView;
class QProgressBar;
class QToolButton;
class SettingsDock;
class TimelineDock;

namespace colorized::jobs {
class ColorizeJob;
class StallProbe;
}

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // For the fine-tune wizard and the model manager (issue 5): they add their entries here.
    QMenu* toolsMenu() const { return toolsMenu_; }
    QString activeModelPath() const;
    // Makes `path` the active model: remembered as QSettings "model/path", loaded now.
    void setActiveModel(const QString& path);

    PhotoListModel* photos() const { return photos_; }
    ImageViewer* viewer() const { return viewer_; }
    TimelineDock* timeline() const { return timeline_; }
    SettingsDock* settingsDock() const { return settings_; }
    HintsDock* hintsDock() const { return hints_; }
    QListView* photoView() const { return photoView_; }
    colorized::jobs::ColorizeJob* job() const { return job_; }
    int currentRow() const;
    void setCurrentRow(int row);

    // Asks the archivist for a hint color; `suggestions` are the candidates' colors at the
    // clicked point. Replaceable so that tests need no modal dialog. Returns an invalid color
    // when cancelled.
    using ColorChooser = std::function<QColor(const QColor& initial, const QList<QColor>& suggestions)>;
    void setColorChooser(ColorChooser chooser) { chooseColor_ = std::move(chooser); }
    QList<QColor> suggestedColors(QPointF fraction) const;

    // Longest GUI-thread stall (ms) measured during the last colorizations.
    double longestStallMs() const;

public Q_SLOTS:
    void addPaths(const QStringList& paths);
    void openFiles();
    void openFolder();
    void colorizeSelected();
    void colorizeAll();
    void colorizeRows(const QList<int>& rows);
    void cancelCurrent();
    void cancelAll();
    void continueFromStep(int step);
    void addHintAt(QPointF fraction);             // asks for the color
    void addHint(QPointF fraction, const QColor& color);
    void moveHint(int index, QPointF fraction);
    void changeHintColor(int index);
    void removeHint(int index);
    void clearHints();
    void pickCandidate(int candidate);
    void exportCurrent();
    void exportAll();
    void exportRows(const QList<int>& rows, const colorized::jobs::ExportOptions& options);
    void showPreferences();
    void setCompareMode(int mode);                // ImageViewer::Mode

Q_SIGNALS:
    void photoLoaded(int row);                    // preview read (or failed to)
    void exportsFinished(const QStringList& written, const QStringList& errors);
    void stallMeasured(double milliseconds);      // after the job went idle

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void connectJob();
    void locateModel();
    void loadPreview(int row);
    void showPhoto(int row);
    void refreshViewer();
    void refreshHints();
    void updateActions();
    void updateStatus();
    void rememberRecent(const QStringList& paths);
    void rebuildRecentMenu();
    QStringList expandPaths(const QStringList& paths) const;
    QList<int> selectedRows() const;

    void onStarted(int request, const QString& path);
    void onFrame(const colorized::jobs::TimelineFrame& frame);
    void onProgress(int request, int step, int count, double secondsLeft);
    void onFinished(const colorized::jobs::ColorizeResult& result);
    void onFailed(int request, const QString& path, const QString& message);
    void onCancelled(int request, const QString& path);

    colorized::jobs::ColorizeJob* job_;
    colorized::jobs::StallProbe* stallProbe_;
    PhotoListModel* photos_;
    QListView* photoView_;
    ImageViewer* viewer_;
    TimelineDock* timeline_;
    SettingsDock* settings_;
    HintsDock* hints_;
    QMenu* toolsMenu_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QProgressBar* progress_;
    QLabel* etaLabel_;
    QLabel* modelLabel_;
    QToolButton* cancelButton_;

    QAction* openAction_;
    QAction* openFolderAction_;
    QAction* exportAction_;
    QAction* exportAllAction_;
    QAction* removeAction_;
    QAction* colorizeAction_;
    QAction* colorizeAllAction_;
    QAction* cancelAction_;
    QAction* continueAction_;
    QAction* newSeedAction_;
    QAction* hintModeAction_;
    QAction* removeHintAction_;
    QAction* toggleOriginalAction_;
    QAction* uncertaintyAction_;
    QAction* playAction_;
    QActionGroup* modeGroup_;

    QThreadPool previewPool_;   // thumbnails and originals, one at a time
    QThreadPool exportPool_;    // exports and candidate composition, one at a time
    QHash<int, int> continuedFrom_;   // request -> first step, for "Continue from here" runs
    QStringList autoColorize_;        // paths to colorize once their preview loaded
    int shownRow_ = -1;
    QString shownOriginal_;           // path whose full image the viewer holds
    QImage chosenImage_;              // full-resolution image of the chosen candidate
    int selectedHint_ = -1;
    ColorChooser chooseColor_;
    double stallMs_ = 0;
};

#pragma once
// The archivist's main window: photo list, viewer with compare modes, timeline, hints,
// settings, status bar with progress/ETA/cancel, export. It builds the widgets, menus and
// docks and wires them to the Session, which holds the photos, the hints, the chosen
// candidates and the colorize requests. GUI thread only.

#include "imageviewer.h"

#include "colorized/jobs/colorizetypes.h"

#include <QMainWindow>

#include <functional>

class HintsDock;
class MainActions;
class PhotoOpener;
class QListView;
class RecentFilesMenu;
class Session;
class SettingsDock;
class StatusPanel;
class TimelineDock;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    // Ends the session while the widgets its last signals reach still exist.
    ~MainWindow() override;

    Session* session() const { return session_; }

    // For the fine-tune wizard and the model manager: they add their entries here.
    QMenu* toolsMenu() const;
    QString activeModelPath() const;
    // Makes `path` the active model: remembered as QSettings "model/path", loaded now.
    void setActiveModel(const QString& path);

    // Asks the archivist for a hint color; `suggestions` are the candidates' colors at the
    // clicked point. Replaceable so that tests need no modal dialog. Returns an invalid color
    // when cancelled.
    using ColorChooser = std::function<QColor(const QColor& initial, const QList<QColor>& suggestions)>;
    void setColorChooser(ColorChooser chooser) { chooseColor_ = std::move(chooser); }

    static constexpr char kCompareModeKey[] = "ui/compareMode";   // ImageViewer::modeName()

public Q_SLOTS:
    // Adds photographs or folders, remembers them under Open Recent and, when the
    // preferences say so, colorizes them once read.
    void addPaths(const QStringList& paths);
    void setCompareMode(ImageViewer::Mode mode);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void connectActions();
    void connectSession();
    void connectWidgets();
    void restoreCompareMode();
    void locateModel();
    void showCurrentPhoto(int row);
    void showTimelineOf(int row);   // frames, candidate and branches of that photo
    void refreshViewer();
    void refreshHints();
    void updateActions();
    void addHintAt(QPointF fraction);
    void changeHintColor(int index);
    void continueFromStep(int step);
    void exportRows(const QList<int>& rows);
    void exportReport();   // of the current photo, to a file the archivist chooses
    void showExportProblems(const QStringList& errors);
    // The settings dock's settings, saved first so that the next start has them too.
    colorized::jobs::ColorizeSettings settingsForRun() const;
    QList<int> selectedRows() const;

    Session* session_;
    PhotoOpener* opener_;
    MainActions* actions_;
    ImageViewer* viewer_ = nullptr;
    QListView* photoView_ = nullptr;
    TimelineDock* timeline_ = nullptr;
    SettingsDock* settings_ = nullptr;
    HintsDock* hints_ = nullptr;
    StatusPanel* status_ = nullptr;
    RecentFilesMenu* recentMenu_ = nullptr;
    ColorChooser chooseColor_;
};

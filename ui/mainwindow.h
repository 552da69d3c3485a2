#pragma once
// The archivist's main window: photo list, viewer with compare modes, timeline, hints,
// settings, status bar with progress/ETA/cancel, export. It builds the widgets, menus and
// docks and wires them to the Session, which holds the photos, the hints, the chosen
// candidates and the colorize requests. GUI thread only.

#include "imageviewer.h"
#include "session.h"

#include "colorized/jobs/colorizetypes.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <optional>

class HintsDock;
class MainActions;
class PhotoOpener;
class ProjectKeeper;
class QListView;
class QStackedWidget;
class RecentFilesMenu;
class ReviewGrid;
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

    // Asks what to do with `count` scans that already hold color before they are colorized:
    // keep them, colorize their luminance, or nothing (cancel). Replaceable for tests.
    using ColorScanChooser = std::function<std::optional<PhotoListModel::ColorChoice>(int count)>;
    void setColorScanChooser(ColorScanChooser chooser) { chooseForColorScans_ = std::move(chooser); }

    // Asks the archivist for a hint color; `suggestions` are the candidates' colors at the
    // clicked point. Replaceable so that tests need no modal dialog. Returns an invalid color
    // when cancelled.
    using ColorChooser = std::function<QColor(const QColor& initial, const QList<QColor>& suggestions)>;
    void setColorChooser(ColorChooser chooser) { chooseColor_ = std::move(chooser); }

    // Asks the archivist a question (Save/Discard/Cancel before quitting, Remove from List).
    // Replaceable so that tests need no modal dialog. Returns the button chosen.
    using Asker = std::function<QMessageBox::StandardButton(const QString& text, const QString& details,
                                                            QMessageBox::StandardButtons buttons,
                                                            QMessageBox::StandardButton defaultButton)>;
    void setAsker(Asker asker) { ask_ = std::move(asker); }

    ProjectKeeper* projectKeeper() const { return keeper_; }
    // Reopens the project the last session ended with: its named file, or the autosave of an
    // unnamed one (kept in `autosaveFolder`), and says in the status bar what came back. From
    // here on the unnamed project is autosaved there too. main() calls it; tests that do not
    // leave nothing behind.
    void restoreLastProject(const QString& autosaveFolder);
    bool openProject(const QString& path);

    static constexpr char kCompareModeKey[] = "ui/compareMode";   // ImageViewer::modeName()
    static constexpr char kLastProjectKey[] = "project/last";     // the named project open at quit

public Q_SLOTS:
    // Adds photographs or folders, remembers them under Open Recent and, when the
    // preferences say so, colorizes them once read. A project file among them is opened.
    void addPaths(const QStringList& paths);
    void setCompareMode(ImageViewer::Mode mode);
    // Shows the collection review (ReviewGrid) in place of the viewer, or the viewer again.
    void showReview(bool on);

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
    // Colorizes `rows`, first asking what to do with scans that already hold color.
    void colorizeRows(const QList<int>& rows);
    void exportRows(const QList<int>& rows);
    void exportReport();   // of the current photo, to a file the archivist chooses
    void showExportProblems(const QStringList& errors);
    void removeSelected();
    bool saveProject();
    bool saveProjectAs();
    // Before the project is replaced or the application quits: true when it may go on.
    bool mayLeaveProject();
    void sayRestored(const Session::Restored& restored, const QString& from);
    void showProjectName(const QString& fileName);
    // The settings dock's settings, saved first so that the next start has them too.
    colorized::jobs::ColorizeSettings settingsForRun() const;
    QList<int> selectedRows() const;

    Session* session_;
    PhotoOpener* opener_;
    MainActions* actions_;
    ImageViewer* viewer_ = nullptr;
    ReviewGrid* review_ = nullptr;
    QStackedWidget* central_ = nullptr;   // the viewer, or the collection review
    QListView* photoView_ = nullptr;
    TimelineDock* timeline_ = nullptr;
    SettingsDock* settings_ = nullptr;
    HintsDock* hints_ = nullptr;
    StatusPanel* status_ = nullptr;
    RecentFilesMenu* recentMenu_ = nullptr;
    ProjectKeeper* keeper_ = nullptr;
    ColorChooser chooseColor_;
    ColorScanChooser chooseForColorScans_;
    Asker ask_;
};

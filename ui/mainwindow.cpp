#include "mainwindow.h"

#include "hintsdock.h"
#include "imageviewer.h"
#include "photolistmodel.h"
#include "preferencesdialog.h"
#include "settingsdock.h"
#include "timelinedock.h"
#include "timelinemodel.h"
#include "exportdialog.h"

#include "colorized/jobs/colorizejob.h"
#include "colorized/jobs/modellocator.h"
#include "colorized/jobs/photoloader.h"
#include "colorized/jobs/provenance.h"
#include "colorized/jobs/stallprobe.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QColorDialog>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

using colorized::jobs::ColorizeJob;
using colorized::jobs::ColorizeRequest;
using colorized::jobs::ColorizeResult;
using colorized::jobs::ExportOptions;
using colorized::jobs::ExportOutcome;
using colorized::jobs::HintSpec;
using colorized::jobs::ModelSummary;
using colorized::jobs::PhotoPreview;
using colorized::jobs::TimelineFrame;
using State = PhotoListModel::State;

namespace {

constexpr int kThumbnailSize = 96;
constexpr int kMaxRecent = 10;
const QStringList kImagePatterns = {QStringLiteral("*.jpg"),  QStringLiteral("*.jpeg"),
                                    QStringLiteral("*.png"),  QStringLiteral("*.tif"),
                                    QStringLiteral("*.tiff"), QStringLiteral("*.bmp"),
                                    QStringLiteral("*.webp"), QStringLiteral("*.jp2")};

QColor defaultChooser(QWidget* parent, const QColor& initial, const QList<QColor>& suggestions)
{
    // The candidates' colors at the clicked point become the dialog's custom colors.
    for (int i = 0; i < QColorDialog::customCount(); ++i)
        QColorDialog::setCustomColor(i, i < suggestions.size() ? suggestions.at(i) : QColor(Qt::white));
    return QColorDialog::getColor(initial, parent,
                                  QCoreApplication::translate("MainWindow", "Hint color (custom colors: what the candidates give here)"));
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      job_(new ColorizeJob(this)),
      stallProbe_(new colorized::jobs::StallProbe(this)),
      photos_(new PhotoListModel(this))
{
    setWindowTitle(tr("COLORIZED"));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    previewPool_.setMaxThreadCount(1);
    exportPool_.setMaxThreadCount(1);
    chooseColor_ = [this](const QColor& initial, const QList<QColor>& suggestions) {
        return defaultChooser(this, initial, suggestions);
    };

    viewer_ = new ImageViewer(this);
    viewer_->setObjectName(QStringLiteral("viewer"));
    setCentralWidget(viewer_);

    auto* listDock = new QDockWidget(tr("Photos"), this);
    listDock->setObjectName(QStringLiteral("photosDock"));
    photoView_ = new QListView(listDock);
    photoView_->setModel(photos_);
    photoView_->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    photoView_->setUniformItemSizes(true);
    photoView_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    photoView_->setSpacing(2);
    photoView_->setAccessibleName(tr("Photos"));
    photoView_->setContextMenuPolicy(Qt::ActionsContextMenu);
    listDock->setWidget(photoView_);
    addDockWidget(Qt::LeftDockWidgetArea, listDock);

    settings_ = new SettingsDock(this);
    addDockWidget(Qt::RightDockWidgetArea, settings_);
    hints_ = new HintsDock(this);
    addDockWidget(Qt::RightDockWidgetArea, hints_);
    timeline_ = new TimelineDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, timeline_);

    createActions();
    createMenus();
    createStatusBar();
    connectJob();

    connect(photoView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showPhoto(current.isValid() ? current.row() : -1); });
    connect(photos_, &PhotoListModel::photoChanged, this, [this](int row) {
        if (row == shownRow_)
            refreshViewer();
        updateActions();
    });
    connect(viewer_, &ImageViewer::hintClicked, this, &MainWindow::addHintAt);
    connect(viewer_, &ImageViewer::hintMoved, this, &MainWindow::moveHint);
    connect(viewer_, &ImageViewer::hintSelected, this, [this](int index) {
        selectedHint_ = index;
        refreshHints();
    });
    connect(viewer_, &ImageViewer::candidatePicked, this, &MainWindow::pickCandidate);
    connect(viewer_, &ImageViewer::modeChanged, this, [this](ImageViewer::Mode mode) {
        modeGroup_->actions().at(int(mode))->setChecked(true);
    });
    connect(timeline_, &TimelineDock::frameShown, this,
            [this](const QImage& image, const QString& caption) { viewer_->setFrame(image, caption); });
    connect(timeline_, &TimelineDock::continueRequested, this, &MainWindow::continueFromStep);
    connect(hints_, &HintsDock::pickModeToggled, hintModeAction_, &QAction::setChecked);
    connect(hints_, &HintsDock::hintSelected, this, [this](int index) {
        selectedHint_ = index;
        refreshHints();
    });
    connect(hints_, &HintsDock::changeColorRequested, this, &MainWindow::changeHintColor);
    connect(hints_, &HintsDock::removeRequested, this, &MainWindow::removeHint);
    connect(hints_, &HintsDock::clearRequested, this, &MainWindow::clearHints);
    connect(settings_, &SettingsDock::colorizeRequested, this, &MainWindow::colorizeSelected);
    connect(settings_, &SettingsDock::modelPathChanged, this, [this](const QString& path) {
        modelLabel_->setText(tr("Model: loading…"));
        job_->preloadModel(path);
    });

    settings_->load();
    job_->setThreadCount(PreferencesDialog::threads());
    resize(1400, 900);
    restoreGeometry(QSettings().value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("ui/windowState")).toByteArray());
    locateModel();
    updateActions();
}

MainWindow::~MainWindow()
{
    job_->cancelAll();
    previewPool_.clear();
    exportPool_.clear();
    previewPool_.waitForDone();
    exportPool_.waitForDone();
}

void MainWindow::createActions()
{
    openAction_ = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Photos…"), this);
    openAction_->setShortcut(QKeySequence::Open);
    connect(openAction_, &QAction::triggered, this, &MainWindow::openFiles);
    openFolderAction_ = new QAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Open &Folder…"), this);
    openFolderAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(openFolderAction_, &QAction::triggered, this, &MainWindow::openFolder);
    exportAction_ = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Export…"), this);
    exportAction_->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(exportAction_, &QAction::triggered, this, &MainWindow::exportCurrent);
    exportAllAction_ = new QAction(tr("Export &All Colorized…"), this);
    exportAllAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    connect(exportAllAction_, &QAction::triggered, this, &MainWindow::exportAll);
    removeAction_ = new QAction(tr("&Remove from List"), this);
    removeAction_->setShortcut(QKeySequence(tr("Ctrl+Del")));
    connect(removeAction_, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedRows();
        for (int row : rows)
            job_->cancel(photos_->photo(row).request);
        photos_->removeRows(rows);
        showPhoto(currentRow());
    });
    photoView_->addAction(removeAction_);

    colorizeAction_ = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Colorize"), this);
    colorizeAction_->setShortcut(QKeySequence(tr("Ctrl+R")));
    colorizeAction_->setToolTip(tr("Colorize the selected photos (Ctrl+R)"));
    connect(colorizeAction_, &QAction::triggered, this, &MainWindow::colorizeSelected);
    colorizeAllAction_ = new QAction(tr("Colorize A&ll"), this);
    colorizeAllAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(colorizeAllAction_, &QAction::triggered, this, &MainWindow::colorizeAll);
    cancelAction_ = new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("C&ancel"), this);
    cancelAction_->setShortcut(QKeySequence(Qt::Key_Escape));
    cancelAction_->setToolTip(tr("Cancel the running colorization (Esc)"));
    connect(cancelAction_, &QAction::triggered, this, &MainWindow::cancelCurrent);
    auto* cancelAll = new QAction(tr("Cancel All"), this);
    cancelAll->setShortcut(QKeySequence(tr("Shift+Esc")));
    connect(cancelAll, &QAction::triggered, this, &MainWindow::cancelAll);
    addAction(cancelAll);
    continueAction_ = new QAction(tr("Continue from Selected &Frame"), this);
    continueAction_->setShortcut(QKeySequence(tr("Ctrl+J")));
    connect(continueAction_, &QAction::triggered, this, [this] { continueFromStep(timeline_->currentStep()); });
    newSeedAction_ = new QAction(tr("New &Seed"), this);
    newSeedAction_->setShortcut(QKeySequence(tr("Ctrl+G")));
    connect(newSeedAction_, &QAction::triggered, settings_, &SettingsDock::newSeed);
    hintModeAction_ = new QAction(tr("Place Color &Hints"), this);
    hintModeAction_->setCheckable(true);
    hintModeAction_->setShortcut(QKeySequence(tr("H")));
    connect(hintModeAction_, &QAction::toggled, this, [this](bool on) {
        viewer_->setHintMode(on);
        hints_->setPickMode(on);
    });
    removeHintAction_ = new QAction(tr("Remove Selected Hint"), this);
    removeHintAction_->setShortcut(QKeySequence::Delete);
    connect(removeHintAction_, &QAction::triggered, this, [this] { removeHint(selectedHint_); });

    modeGroup_ = new QActionGroup(this);
    const QStringList modeNames = {tr("&Colorized"), tr("&Original"), tr("&Split View"),
                                   tr("Side &by Side"), tr("Ca&ndidates")};
    for (int i = 0; i < modeNames.size(); ++i) {
        auto* action = new QAction(modeNames[i], modeGroup_);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QString::number(i + 1)));
        action->setChecked(i == 0);
        connect(action, &QAction::triggered, this, [this, i] { setCompareMode(i); });
    }
    toggleOriginalAction_ = new QAction(tr("&Toggle Original"), this);
    toggleOriginalAction_->setShortcut(QKeySequence(tr("T")));
    toggleOriginalAction_->setToolTip(tr("Flip between the original and the colorized photo (T)"));
    connect(toggleOriginalAction_, &QAction::triggered, this, [this] {
        setCompareMode(int(viewer_->mode() == ImageViewer::Mode::Original ? ImageViewer::Mode::Result
                                                                           : ImageViewer::Mode::Original));
    });
    uncertaintyAction_ = new QAction(tr("Show &Uncertainty"), this);
    uncertaintyAction_->setCheckable(true);
    uncertaintyAction_->setShortcut(QKeySequence(tr("U")));
    uncertaintyAction_->setToolTip(tr("Highlight where the candidates disagree: there the colors are a guess (U)"));
    connect(uncertaintyAction_, &QAction::toggled, viewer_, &ImageViewer::setShowUncertainty);
    playAction_ = new QAction(tr("&Play/Pause Timeline"), this);
    playAction_->setShortcut(QKeySequence(Qt::Key_Space));
    connect(playAction_, &QAction::triggered, timeline_, &TimelineDock::togglePlay);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(openAction_);
    file->addAction(openFolderAction_);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(exportAction_);
    file->addAction(exportAllAction_);
    file->addSeparator();
    file->addAction(removeAction_);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(hintModeAction_);
    edit->addAction(removeHintAction_);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);

    QMenu* colorize = menuBar()->addMenu(tr("&Colorize"));
    colorize->addAction(colorizeAction_);
    colorize->addAction(colorizeAllAction_);
    colorize->addAction(cancelAction_);
    colorize->addSeparator();
    colorize->addAction(continueAction_);
    colorize->addAction(newSeedAction_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(modeGroup_->actions());
    view->addAction(toggleOriginalAction_);
    view->addAction(uncertaintyAction_);
    view->addSeparator();
    QAction* zoomIn = view->addAction(tr("Zoom &In"), viewer_, &ImageViewer::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    QAction* zoomOut = view->addAction(tr("Zoom O&ut"), viewer_, &ImageViewer::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* fit = view->addAction(tr("&Fit to Window"), viewer_, &ImageViewer::fitToWindow);
    fit->setShortcut(QKeySequence(tr("Ctrl+0")));
    QAction* actual = view->addAction(tr("&Actual Pixels (100 %)"), this, [this] { viewer_->setZoom(1.0); });
    actual->setShortcut(QKeySequence(tr("Ctrl+1")));
    view->addSeparator();
    view->addAction(playAction_);
    QAction* next = view->addAction(tr("Next Frame"), timeline_, &TimelineDock::stepForward);
    next->setShortcut(QKeySequence(tr("]")));
    QAction* previous = view->addAction(tr("Previous Frame"), timeline_, &TimelineDock::stepBack);
    previous->setShortcut(QKeySequence(tr("[")));
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    toolsMenu_ = menuBar()->addMenu(tr("&Tools"));
    toolsMenu_->setObjectName(QStringLiteral("toolsMenu"));
    toolsMenu_->menuAction()->setVisible(false);   // shown once something is added
    toolsMenu_->installEventFilter(this);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About COLORIZED"), this, [this] {
        QMessageBox::about(this, tr("About COLORIZED"),
                           tr("<p><b>COLORIZED %1</b></p><p>Colorization of lost or ruined "
                              "images employing diffusion.</p><p>Colors are an estimate made by a "
                              "trained model; exports say so in their metadata and never replace "
                              "the original.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(openAction_);
    toolbar->addAction(colorizeAction_);
    toolbar->addAction(cancelAction_);
    toolbar->addAction(exportAction_);
    toolbar->addSeparator();
    toolbar->addActions(modeGroup_->actions());
    toolbar->addAction(uncertaintyAction_);
    toolbar->addAction(hintModeAction_);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == toolsMenu_ && (event->type() == QEvent::ActionAdded || event->type() == QEvent::ActionRemoved))
        toolsMenu_->menuAction()->setVisible(!toolsMenu_->actions().isEmpty() || event->type() == QEvent::ActionAdded);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createStatusBar()
{
    progress_ = new QProgressBar(this);
    progress_->setMaximumWidth(220);
    progress_->setVisible(false);
    etaLabel_ = new QLabel(this);
    cancelButton_ = new QToolButton(this);
    cancelButton_->setDefaultAction(cancelAction_);
    cancelButton_->setVisible(false);
    modelLabel_ = new QLabel(this);
    statusBar()->addPermanentWidget(modelLabel_);
    statusBar()->addPermanentWidget(etaLabel_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancelButton_);
}

void MainWindow::connectJob()
{
    connect(job_, &ColorizeJob::started, this, &MainWindow::onStarted);
    connect(job_, &ColorizeJob::frameReady, this, &MainWindow::onFrame);
    connect(job_, &ColorizeJob::progressChanged, this, &MainWindow::onProgress);
    connect(job_, &ColorizeJob::finished, this, &MainWindow::onFinished);
    connect(job_, &ColorizeJob::failed, this, &MainWindow::onFailed);
    connect(job_, &ColorizeJob::cancelled, this, &MainWindow::onCancelled);
    connect(job_, &ColorizeJob::modelLoaded, this, [this](const ModelSummary& model) {
        settings_->setModelSummary(model);
        modelLabel_->setText(tr("Model: %1").arg(model.name));
        modelLabel_->setToolTip(model.path);
    });
    connect(job_, &ColorizeJob::modelFailed, this, [this](const QString&, const QString& message) {
        settings_->setModelProblem(message);
        modelLabel_->setText(tr("Model: none"));
        statusBar()->showMessage(message);
    });
    connect(job_, &ColorizeJob::idle, this, [this] {
        stallProbe_->stop();
        stallMs_ = stallProbe_->longestStallMs();
        updateStatus();
        Q_EMIT stallMeasured(stallMs_);
    });
}

void MainWindow::locateModel()
{
    const auto location = colorized::jobs::locateModel();
    if (location.found()) {
        settings_->setModelPath(location.path);
        if (location.origin != QLatin1String("settings"))
            QSettings().remove(QLatin1String(colorized::jobs::kModelPathKey));  // not a choice
        return;
    }
    const QString message = colorized::jobs::missingModelMessage(location);
    settings_->setModelProblem(message);
    modelLabel_->setText(tr("Model: none"));
    viewer_->setPlaceholder(tr("Drop photographs or folders here, or use File > Open.") + QStringLiteral("\n\n") + message);
    statusBar()->showMessage(tr("No colorization model found: choose one in the Settings panel."));
}

QString MainWindow::activeModelPath() const
{
    return settings_->modelPath();
}

void MainWindow::setActiveModel(const QString& path)
{
    settings_->setModelPath(path);
    QSettings().setValue(QLatin1String(colorized::jobs::kModelPathKey), path);
}

double MainWindow::longestStallMs() const
{
    return std::max(stallMs_, stallProbe_->longestStallMs());
}

int MainWindow::currentRow() const
{
    const QModelIndex index = photoView_->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void MainWindow::setCurrentRow(int row)
{
    photoView_->setCurrentIndex(photos_->index(row));
}

QList<int> MainWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : photoView_->selectionModel()->selectedIndexes())
        rows << index.row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    std::sort(rows.begin(), rows.end());
    return rows;
}

// ---- Adding photos ---------------------------------------------------------------------

QStringList MainWindow::expandPaths(const QStringList& paths) const
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), kImagePatterns, QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort(Qt::CaseInsensitive);
            files << found;
        } else if (info.isFile()) {
            files << info.absoluteFilePath();
        }
    }
    return files;
}

void MainWindow::addPaths(const QStringList& paths)
{
    const QStringList files = expandPaths(paths);
    if (files.isEmpty()) {
        if (!paths.isEmpty())
            statusBar()->showMessage(tr("No photographs found in what was dropped or opened."));
        return;
    }
    rememberRecent(paths);
    const QList<int> rows = photos_->addPaths(files);
    const bool colorizeNow = PreferencesDialog::autoColorize() && !settings_->modelPath().isEmpty();
    for (int row : rows) {
        if (colorizeNow)
            autoColorize_ << photos_->photo(row).path;
        loadPreview(row);
    }
    if (!rows.isEmpty() && currentRow() < 0)
        setCurrentRow(rows.first());
    else if (rows.isEmpty())
        setCurrentRow(photos_->rowOfPath(QFileInfo(files.first()).absoluteFilePath()));
    statusBar()->showMessage(tr("Added %n photo(s).", nullptr, rows.size()), 4000);
    updateActions();
}

void MainWindow::loadPreview(int row)
{
    const QString path = photos_->photo(row).path;
    auto* watcher = new QFutureWatcher<PhotoPreview>(this);
    connect(watcher, &QFutureWatcher<PhotoPreview>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const PhotoPreview preview = watcher->result();
        const int at = photos_->rowOfPath(path);
        if (at < 0)
            return;  // removed meanwhile
        const bool colorize = autoColorize_.removeAll(path) > 0;
        if (!preview.ok()) {
            photos_->setState(at, State::Failed, preview.error);
            statusBar()->showMessage(preview.error, 8000);
        } else {
            photos_->setPreview(at, preview.thumbnail, preview.size, preview.bitDepth, preview.note);
            if (photos_->photo(at).state == State::Loading)
                photos_->setState(at, State::Ready);
            if (colorize)
                colorizeRows({at});
        }
        if (at == shownRow_)
            showPhoto(at);
        Q_EMIT photoLoaded(at);
    });
    watcher->setFuture(QtConcurrent::run(&previewPool_, [path] {
        return colorized::jobs::loadPhotoPreview(path, kThumbnailSize, false);
    }));
}

void MainWindow::openFiles()
{
    const QString start = QSettings().value(QStringLiteral("ui/lastFolder")).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open photographs"), start,
        tr("Images (%1);;All files (*)").arg(kImagePatterns.join(QLatin1Char(' '))));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("ui/lastFolder"), QFileInfo(files.first()).absolutePath());
    addPaths(files);
}

void MainWindow::openFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open a folder of photographs"), QSettings().value(QStringLiteral("ui/lastFolder")).toString());
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("ui/lastFolder"), folder);
    addPaths({folder});
}

void MainWindow::rememberRecent(const QStringList& paths)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("ui/recentFiles")).toStringList();
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("ui/recentFiles"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    recentMenu_->clear();
    const QStringList recent = QSettings().value(QStringLiteral("ui/recentFiles")).toStringList();
    for (const QString& path : recent) {
        QAction* action = recentMenu_->addAction(QFileInfo(path).fileName(), this, [this, path] { addPaths({path}); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    if (!recent.isEmpty()) {
        recentMenu_->addSeparator();
        recentMenu_->addAction(tr("Clear Recent"), this, [this] {
            QSettings().remove(QStringLiteral("ui/recentFiles"));
            rebuildRecentMenu();
        });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl& url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addPaths(paths);
}

// ---- Showing a photo -------------------------------------------------------------------

void MainWindow::showPhoto(int row)
{
    const bool changed = row != shownRow_;
    shownRow_ = row;
    if (row < 0 || row >= photos_->rowCount()) {
        shownRow_ = -1;
        viewer_->clear();
        timeline_->clear();
        shownOriginal_.clear();
        refreshHints();
        updateActions();
        return;
    }
    const PhotoListModel::Photo& photo = photos_->photo(row);
    if (changed) {
        selectedHint_ = -1;
        chosenImage_ = QImage();
        timeline_->setFrames(photo.frames, photo.state == State::Done);
        timeline_->setCandidate(photo.candidate);
    }
    if (shownOriginal_ != photo.path && photo.state != State::Loading && photo.state != State::Failed) {
        // Full resolution original, read off the GUI thread.
        const QString path = photo.path;
        shownOriginal_ = path;
        if (changed)
            viewer_->clear();
        viewer_->setMessage(tr("Loading %1…").arg(QFileInfo(path).fileName()));
        auto* watcher = new QFutureWatcher<PhotoPreview>(this);
        connect(watcher, &QFutureWatcher<PhotoPreview>::finished, this, [this, watcher, path] {
            watcher->deleteLater();
            const PhotoPreview preview = watcher->result();
            if (shownRow_ < 0 || photos_->photo(shownRow_).path != path)
                return;
            if (preview.ok())
                viewer_->setOriginal(preview.image);
            else
                shownOriginal_.clear();
            refreshViewer();
        });
        watcher->setFuture(QtConcurrent::run(&previewPool_, [path] {
            return colorized::jobs::loadPhotoPreview(path, 0, true);
        }));
    } else if (photo.state == State::Failed && changed) {
        viewer_->clear();
        shownOriginal_.clear();
    }
    if (photo.candidate != photo.result.typical && chosenImage_.isNull())
        pickCandidate(photo.candidate);
    refreshViewer();
    refreshHints();
    updateActions();
}

void MainWindow::refreshViewer()
{
    if (shownRow_ < 0)
        return;
    const PhotoListModel::Photo& photo = photos_->photo(shownRow_);
    const bool done = photo.state == State::Done || photo.result.isValid();
    const bool otherCandidate = photo.candidate != photo.result.typical && !chosenImage_.isNull();
    viewer_->setResult(done ? (otherCandidate ? chosenImage_ : photo.result.image) : QImage());
    viewer_->setCandidates(done ? photo.result.candidates : QVector<QImage>(), photo.candidate);
    viewer_->setUncertainty(done ? photo.result.uncertainty : QImage());
    viewer_->setHints(photo.hints, selectedHint_);
    QString message;
    if (photo.state == State::Failed)
        message = photo.message;
    else if (photo.state == State::Loading)
        message = tr("Loading %1…").arg(QFileInfo(photo.path).fileName());
    else if (viewer_->imageSize().isEmpty() && !shownOriginal_.isEmpty())
        message = tr("Loading %1…").arg(QFileInfo(photo.path).fileName());
    viewer_->setMessage(message);
    uncertaintyAction_->setEnabled(done && !photo.result.uncertainty.isNull());
}

void MainWindow::refreshHints()
{
    const QVector<HintSpec> hints = shownRow_ >= 0 ? photos_->photo(shownRow_).hints : QVector<HintSpec>();
    if (selectedHint_ >= hints.size())
        selectedHint_ = -1;
    hints_->setHints(hints, selectedHint_);
    viewer_->setHints(hints, selectedHint_);
    removeHintAction_->setEnabled(selectedHint_ >= 0);
}

void MainWindow::setCompareMode(int mode)
{
    viewer_->setMode(ImageViewer::Mode(mode));
    modeGroup_->actions().at(mode)->setChecked(true);
    if (ImageViewer::Mode(mode) != ImageViewer::Mode::Candidates && viewer_->hasFrame() && timeline_->currentRow() >= 0)
        return;  // keep showing the scrubbed frame
}

void MainWindow::updateActions()
{
    const bool havePhoto = shownRow_ >= 0;
    const bool done = havePhoto && photos_->photo(shownRow_).result.isValid();
    const bool running = job_->pendingCount() > 0;
    colorizeAction_->setEnabled(havePhoto);
    colorizeAllAction_->setEnabled(photos_->rowCount() > 0);
    cancelAction_->setEnabled(running);
    exportAction_->setEnabled(done);
    bool anyDone = false;
    for (int row = 0; row < photos_->rowCount() && !anyDone; ++row)
        anyDone = photos_->photo(row).result.isValid();
    exportAllAction_->setEnabled(anyDone);
    removeAction_->setEnabled(havePhoto);
    const bool canContinue = done && photos_->photo(shownRow_).result.steps != nullptr;
    continueAction_->setEnabled(canContinue);
    timeline_->setContinueEnabled(canContinue);
    hintModeAction_->setEnabled(havePhoto);
}

void MainWindow::updateStatus()
{
    const int pending = job_->pendingCount();
    progress_->setVisible(pending > 0);
    cancelButton_->setVisible(pending > 0);
    if (pending == 0) {
        etaLabel_->clear();
        progress_->setValue(0);
    }
    updateActions();
}

// ---- Colorizing ------------------------------------------------------------------------

void MainWindow::colorizeSelected()
{
    colorizeRows(selectedRows());
}

void MainWindow::colorizeAll()
{
    QList<int> rows;
    for (int row = 0; row < photos_->rowCount(); ++row)
        if (photos_->photo(row).state != State::Failed && photos_->photo(row).state != State::Loading)
            rows << row;
    colorizeRows(rows);
}

void MainWindow::colorizeRows(const QList<int>& rows)
{
    if (settings_->modelPath().isEmpty()) {
        statusBar()->showMessage(tr("No colorization model is set: choose one in the Settings panel (Model)."));
        return;
    }
    settings_->save();
    for (int row : rows) {
        if (row < 0 || row >= photos_->rowCount() || photos_->photo(row).state == State::Loading)
            continue;
        ColorizeRequest request;
        request.sourcePath = photos_->photo(row).path;
        request.settings = settings_->settings();
        request.hints = photos_->photo(row).hints;
        const int id = job_->submit(request);
        photos_->setRequest(row, id);
        photos_->setState(row, State::Queued);
    }
    updateStatus();
}

void MainWindow::continueFromStep(int step)
{
    if (shownRow_ < 0 || step < 0)
        return;
    const PhotoListModel::Photo& photo = photos_->photo(shownRow_);
    if (!photo.result.isValid() || !photo.result.steps) {
        statusBar()->showMessage(tr("Colorize the photo first, then pick a timeline frame to continue from."));
        return;
    }
    settings_->save();
    ColorizeRequest request;
    request.sourcePath = photo.path;
    request.settings = settings_->settings();
    request.hints = photo.hints;
    request.continueFrom.run = photo.result.run;
    request.continueFrom.steps = photo.result.steps;
    request.continueFrom.step = step;
    const int id = job_->submit(request);
    continuedFrom_.insert(id, step);
    photos_->setRequest(shownRow_, id);
    photos_->setState(shownRow_, State::Queued);
    statusBar()->showMessage(tr("Continuing from step %1 with seed %2 and %n hint(s).", nullptr, photo.hints.size())
                                 .arg(step + 1)
                                 .arg(request.settings.seed));
    updateStatus();
}

void MainWindow::cancelCurrent()
{
    const int running = job_->runningRequest();
    if (running > 0)
        job_->cancel(running);
    else
        job_->cancelAll();
}

void MainWindow::cancelAll()
{
    job_->cancelAll();
}

void MainWindow::onStarted(int request, const QString& path)
{
    if (!stallProbe_->isRunning())
        stallProbe_->start();  // measures until the job is idle again
    const int row = photos_->rowOfRequest(request);
    if (row < 0)
        return;
    // A fresh run starts an empty timeline; a continued run keeps the frames before its start.
    QVector<TimelineFrame> frames;
    if (continuedFrom_.contains(request)) {
        const int start = continuedFrom_.value(request);
        for (const TimelineFrame& frame : photos_->photo(row).frames)
            if (frame.step < start)
                frames << frame;
    }
    photos_->setFrames(row, frames);
    photos_->setState(row, State::Running);
    if (row == shownRow_)
        timeline_->setFrames(frames, false);
    progress_->setRange(0, 100);
    progress_->setValue(0);
    etaLabel_->setText(tr("Starting…"));
    const int waiting = job_->pendingCount() - 1;
    statusBar()->showMessage(waiting > 0 ? tr("Colorizing %1 (%n more waiting)…", nullptr, waiting).arg(QFileInfo(path).fileName())
                                         : tr("Colorizing %1…").arg(QFileInfo(path).fileName()));
    updateStatus();
}

void MainWindow::onFrame(const TimelineFrame& frame)
{
    const int row = photos_->rowOfRequest(frame.request);
    if (row < 0)
        return;
    photos_->appendFrame(row, frame);
    if (row == shownRow_)
        timeline_->appendFrame(frame);
}

void MainWindow::onProgress(int request, int step, int count, double secondsLeft)
{
    const int row = photos_->rowOfRequest(request);
    if (row >= 0)
        photos_->setProgress(row, count > 0 ? double(step) / count : 0.0);
    progress_->setRange(0, count);
    progress_->setValue(step);
    progress_->setFormat(tr("Step %1 of %2").arg(step).arg(count));
    if (secondsLeft < 0)
        etaLabel_->setText(tr("Estimating time left…"));
    else if (secondsLeft < 60)
        etaLabel_->setText(tr("About %n second(s) left", nullptr, qMax(1, qRound(secondsLeft))));
    else
        etaLabel_->setText(tr("About %n minute(s) left", nullptr, qRound(secondsLeft / 60.0)));
}

void MainWindow::onFinished(const ColorizeResult& result)
{
    continuedFrom_.remove(result.request);
    const int row = photos_->rowOfRequest(result.request);
    if (row >= 0) {
        photos_->setResult(row, result);
        if (row == shownRow_) {
            chosenImage_ = QImage();
            timeline_->setFinished(true);
            timeline_->setCandidate(0);
        }
        statusBar()->showMessage(tr("%1 colorized in %2 s (seed %3).")
                                     .arg(QFileInfo(result.sourcePath).fileName())
                                     .arg(result.seconds, 0, 'f', 1)
                                     .arg(result.settings.seed),
                                 8000);
    }
    updateStatus();
}

void MainWindow::onFailed(int request, const QString& path, const QString& message)
{
    continuedFrom_.remove(request);
    const int row = photos_->rowOfRequest(request);
    if (row >= 0) {
        photos_->setState(row, State::Failed, message);
        if (row == shownRow_)
            timeline_->setFrames(photos_->photo(row).frames, false);
    }
    statusBar()->showMessage(message.isEmpty() ? tr("Colorizing %1 failed.").arg(QFileInfo(path).fileName()) : message);
    updateStatus();
}

void MainWindow::onCancelled(int request, const QString& path)
{
    continuedFrom_.remove(request);
    const int row = photos_->rowOfRequest(request);
    if (row >= 0) {
        const PhotoListModel::Photo& photo = photos_->photo(row);
        photos_->setState(row, photo.result.isValid() ? State::Done : State::Ready,
                          tr("Colorizing was cancelled."));
        statusBar()->showMessage(tr("Cancelled colorizing %1.").arg(QFileInfo(path).fileName()), 5000);
        if (row == shownRow_)
            timeline_->setFrames(photo.frames, photo.result.isValid());
    }
    updateStatus();
}

// ---- Hints and candidates ----------------------------------------------------------------

QList<QColor> MainWindow::suggestedColors(QPointF fraction) const
{
    QList<QColor> colors;
    if (shownRow_ < 0)
        return colors;
    for (const QImage& candidate : photos_->photo(shownRow_).result.candidates) {
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

void MainWindow::addHintAt(QPointF fraction)
{
    if (shownRow_ < 0)
        return;
    const QList<QColor> suggestions = suggestedColors(fraction);
    const QColor initial = suggestions.isEmpty() ? QColor(128, 128, 128) : suggestions.first();
    const QColor color = chooseColor_(initial, suggestions);
    if (color.isValid())
        addHint(fraction, color);
}

void MainWindow::addHint(QPointF fraction, const QColor& color)
{
    if (shownRow_ < 0)
        return;
    QVector<HintSpec> hints = photos_->photo(shownRow_).hints;
    hints.push_back(HintSpec{fraction, color});
    photos_->setHints(shownRow_, hints);
    selectedHint_ = hints.size() - 1;
    refreshHints();
    statusBar()->showMessage(tr("Hint added. Colorize again (Ctrl+R) or continue from a timeline frame to use it."), 6000);
}

void MainWindow::moveHint(int index, QPointF fraction)
{
    if (shownRow_ < 0)
        return;
    QVector<HintSpec> hints = photos_->photo(shownRow_).hints;
    if (index < 0 || index >= hints.size())
        return;
    hints[index].position = fraction;
    photos_->setHints(shownRow_, hints);
    selectedHint_ = index;
    refreshHints();
}

void MainWindow::changeHintColor(int index)
{
    if (shownRow_ < 0)
        return;
    QVector<HintSpec> hints = photos_->photo(shownRow_).hints;
    if (index < 0 || index >= hints.size())
        return;
    const QColor color = chooseColor_(hints[index].color, suggestedColors(hints[index].position));
    if (!color.isValid())
        return;
    hints[index].color = color;
    photos_->setHints(shownRow_, hints);
    refreshHints();
}

void MainWindow::removeHint(int index)
{
    if (shownRow_ < 0)
        return;
    QVector<HintSpec> hints = photos_->photo(shownRow_).hints;
    if (index < 0 || index >= hints.size())
        return;
    hints.remove(index);
    photos_->setHints(shownRow_, hints);
    selectedHint_ = std::min(index, int(hints.size()) - 1);
    refreshHints();
}

void MainWindow::clearHints()
{
    if (shownRow_ < 0)
        return;
    photos_->setHints(shownRow_, {});
    selectedHint_ = -1;
    refreshHints();
}

void MainWindow::pickCandidate(int candidate)
{
    if (shownRow_ < 0)
        return;
    const ColorizeResult result = photos_->photo(shownRow_).result;
    if (!result.isValid() || candidate < 0 || candidate >= result.candidates.size())
        return;
    photos_->setCandidate(shownRow_, candidate);
    timeline_->setCandidate(candidate);
    if (candidate == result.typical) {
        chosenImage_ = QImage();
        refreshViewer();
        return;
    }
    const QString path = result.sourcePath;
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, path, candidate] {
        watcher->deleteLater();
        if (shownRow_ < 0 || photos_->photo(shownRow_).path != path || photos_->photo(shownRow_).candidate != candidate)
            return;
        chosenImage_ = watcher->result();
        refreshViewer();
    });
    watcher->setFuture(QtConcurrent::run(&exportPool_, [result, candidate] {
        return colorized::jobs::composeForDisplay(result, candidate);
    }));
    statusBar()->showMessage(tr("Candidate %1 chosen: it is the one exported.").arg(candidate + 1), 5000);
}

// ---- Export ------------------------------------------------------------------------------

void MainWindow::exportCurrent()
{
    if (shownRow_ < 0 || !photos_->photo(shownRow_).result.isValid())
        return;
    ExportDialog dialog(1, this);
    if (dialog.exec() == QDialog::Accepted)
        exportRows({shownRow_}, dialog.options());
}

void MainWindow::exportAll()
{
    QList<int> rows;
    for (int row = 0; row < photos_->rowCount(); ++row)
        if (photos_->photo(row).result.isValid())
            rows << row;
    if (rows.isEmpty())
        return;
    ExportDialog dialog(rows.size(), this);
    if (dialog.exec() == QDialog::Accepted)
        exportRows(rows, dialog.options());
}

void MainWindow::exportRows(const QList<int>& rows, const ExportOptions& options)
{
    struct Batch {
        int remaining = 0;
        QStringList written, errors;
    };
    auto batch = std::make_shared<Batch>();
    for (int row : rows) {
        if (row < 0 || row >= photos_->rowCount() || !photos_->photo(row).result.isValid())
            continue;
        ExportOptions one = options;
        one.candidate = photos_->photo(row).candidate;
        const ColorizeResult result = photos_->photo(row).result;
        ++batch->remaining;
        auto* watcher = new QFutureWatcher<ExportOutcome>(this);
        connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this, [this, watcher, batch, options] {
            watcher->deleteLater();
            const ExportOutcome outcome = watcher->result();
            if (!outcome.imagePath.isEmpty())
                batch->written << outcome.imagePath;
            if (!outcome.ok())
                batch->errors << outcome.error;
            if (--batch->remaining > 0) {
                statusBar()->showMessage(tr("Exporting… %n left.", nullptr, batch->remaining));
                return;
            }
            if (batch->errors.isEmpty()) {
                statusBar()->showMessage(tr("Exported %n photo(s) to %1.", nullptr, batch->written.size()).arg(options.folder), 8000);
            } else {
                statusBar()->showMessage(tr("%n export(s) failed.", nullptr, batch->errors.size()), 8000);
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Export problems"),
                                            batch->errors.join(QLatin1Char('\n')), QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            Q_EMIT exportsFinished(batch->written, batch->errors);
        });
        watcher->setFuture(QtConcurrent::run(&exportPool_, [result, one] {
            return colorized::jobs::exportResult(result, one);
        }));
    }
    if (batch->remaining == 0) {
        Q_EMIT exportsFinished({}, {tr("Nothing to export: colorize a photo first.")});
        return;
    }
    statusBar()->showMessage(tr("Exporting %n photo(s)…", nullptr, batch->remaining));
}

// ---- Preferences, closing ------------------------------------------------------------------

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        job_->setThreadCount(PreferencesDialog::threads());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/windowState"), saveState());
    settings_->save();
    job_->cancelAll();
    event->accept();
}

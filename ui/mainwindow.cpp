#include "mainwindow.h"

#include "exportdialog.h"
#include "hintsdock.h"
#include "mainactions.h"
#include "photoopener.h"
#include "preferencesdialog.h"
#include "previewloader.h"
#include "projectkeeper.h"
#include "recentfilesmenu.h"
#include "reviewgrid.h"
#include "session.h"
#include "settingsdock.h"
#include "statuspanel.h"
#include "timelinedock.h"

#include "colorized/jobs/colorizejob.h"
#include "colorized/jobs/modellocator.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QColorDialog>
#include <QCoreApplication>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

#include <algorithm>

using colorized::jobs::ColorizeJob;
using colorized::jobs::ColorizeSettings;
using colorized::jobs::HintSpec;
using colorized::jobs::TimelineFrame;
using State = PhotoListModel::State;

namespace {

constexpr int kListIconSize = 72;   // px: the photo list stays narrow on a 1280x800 screen

QColor defaultChooser(QWidget* parent, const QColor& initial, const QList<QColor>& suggestions)
{
    // The candidates' colors at the clicked point become the dialog's custom colors.
    for (int i = 0; i < QColorDialog::customCount(); ++i)
        QColorDialog::setCustomColor(i, i < suggestions.size() ? suggestions.at(i) : QColor(Qt::white));
    return QColorDialog::getColor(initial, parent,
                                  QCoreApplication::translate("MainWindow", "Hint color: its lightness is not used, the scan's is kept "
                                                                            "(custom colors: what the candidates give here)"));
}

std::optional<PhotoListModel::ColorChoice> askAboutColorScans(QWidget* parent, int count)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("MainWindow", "Scans that hold color"),
                    QCoreApplication::translate("MainWindow", "%n of these scans already hold color (a color "
                                                              "photograph, or a hand-tinted print).", nullptr, count),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(QCoreApplication::translate(
        "MainWindow", "Colorizing replaces their colors with the model's guess from their luminance. "
                      "The originals are never changed either way."));
    QPushButton* keep = box.addButton(QCoreApplication::translate("MainWindow", "Keep Their Colors"), QMessageBox::AcceptRole);
    QPushButton* colorize = box.addButton(QCoreApplication::translate("MainWindow", "Colorize Luminance"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        return PhotoListModel::ColorChoice::Keep;
    if (box.clickedButton() == colorize)
        return PhotoListModel::ColorChoice::ColorizeLuminance;
    return std::nullopt;
}

QMessageBox::StandardButton defaultAsker(QWidget* parent, const QString& text, const QString& details,
                                        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("MainWindow", "COLORIZED"), text, buttons, parent);
    box.setInformativeText(details);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

bool isProjectFile(const QString& path)
{
    return QFileInfo(path).suffix() == QLatin1String(colorized::project::kFileSuffix);
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      session_(new Session(this)),
      opener_(new PhotoOpener(this)),
      actions_(new MainActions(this, session_->undoStack())),
      keeper_(new ProjectKeeper(session_, QString(), this))
{
    setWindowTitle(tr("COLORIZED"));
    setObjectName(QStringLiteral("mainWindow"));
    chooseColor_ = [this](const QColor& initial, const QList<QColor>& suggestions) {
        return defaultChooser(this, initial, suggestions);
    };
    chooseForColorScans_ = [this](int count) { return askAboutColorScans(this, count); };
    ask_ = [this](const QString& text, const QString& details, QMessageBox::StandardButtons buttons,
                  QMessageBox::StandardButton defaultButton) {
        return defaultAsker(this, text, details, buttons, defaultButton);
    };
    createDocks();
    recentMenu_ = new RecentFilesMenu(tr("Open &Recent"), this);
    actions_->populate(this, recentMenu_);
    photoView_->addAction(actions_->remove);
    status_ = new StatusPanel(session_->job(), actions_->cancel, this);
    statusBar()->addPermanentWidget(status_);
    connectActions();
    connectSession();
    connectWidgets();

    settings_->load();
    session_->job()->setThreadCount(PreferencesDialog::threads());
    resize(QSize(1400, 900).boundedTo(screen()->availableGeometry().size()));
    restoreGeometry(QSettings().value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("ui/windowState")).toByteArray());
    restoreCompareMode();
    locateModel();
    showProjectName({});
    updateActions();
}

MainWindow::~MainWindow()
{
    // The list view must not hand a selection to the session while its model goes away.
    disconnect(photoView_->selectionModel(), nullptr, this, nullptr);
    // Nor may the undo stack, which says its index changed while the session destroys it.
    disconnect(session_->undoStack(), nullptr, this, nullptr);
    delete session_;
}

void MainWindow::createDocks()
{
    central_ = new QStackedWidget(this);
    viewer_ = new ImageViewer(central_);
    viewer_->setObjectName(QStringLiteral("viewer"));
    review_ = new ReviewGrid(session_, central_);
    central_->addWidget(viewer_);
    central_->addWidget(review_);
    setCentralWidget(central_);

    auto* listDock = new QDockWidget(tr("Photos"), this);
    listDock->setObjectName(QStringLiteral("photosDock"));
    photoView_ = new QListView(listDock);
    photoView_->setObjectName(QStringLiteral("photoList"));
    photoView_->setModel(session_->photos());
    photoView_->setIconSize(QSize(kListIconSize, kListIconSize));   // the review grid shows them larger
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
    // Tabbed, so that the window fits a 1280x800 screen; placing hints raises their tab.
    tabifyDockWidget(settings_, hints_);
    settings_->raise();
    timeline_ = new TimelineDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, timeline_);
}

void MainWindow::connectActions()
{
    const MainActions& a = *actions_;
    connect(a.open, &QAction::triggered, opener_, &PhotoOpener::openFiles);
    connect(a.openFolder, &QAction::triggered, opener_, &PhotoOpener::openFolder);
    connect(a.exportOne, &QAction::triggered, this, [this] {
        if (session_->colorizedRows().contains(session_->current()))
            exportRows({session_->current()});
    });
    connect(a.exportAll, &QAction::triggered, this, [this] { exportRows(session_->colorizedRows()); });
    connect(a.remove, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(a.newProject, &QAction::triggered, this, [this] {
        if (!mayLeaveProject())
            return;
        keeper_->clear();
        statusBar()->showMessage(tr("New project: add photographs with File > Open or by dropping them here."), 6000);
    });
    connect(a.openProject, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                          tr("COLORIZED projects (*.colorized)"));
        if (!path.isEmpty())
            openProject(path);
    });
    connect(a.saveProject, &QAction::triggered, this, &MainWindow::saveProject);
    connect(a.saveProjectAs, &QAction::triggered, this, &MainWindow::saveProjectAs);
    connect(a.exportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.hintMode, &QAction::toggled, this, [this](bool on) {
        viewer_->setHintMode(on);
        hints_->setPickMode(on);
        if (on)
            hints_->raise();
    });
    connect(a.removeHint, &QAction::triggered, this,
            [this] { session_->editHints(session_->current(), HintEdit::remove(session_->selectedHint())); });
    connect(a.preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            session_->job()->setThreadCount(PreferencesDialog::threads());
    });
    const auto colorizeSelected = [this] { colorizeRows(selectedRows()); };
    connect(a.colorize, &QAction::triggered, this, colorizeSelected);
    connect(settings_, &SettingsDock::colorizeRequested, this, colorizeSelected);
    connect(a.colorizeAll, &QAction::triggered, this, [this] { colorizeRows(session_->colorizableRows()); });
    connect(a.review, &QAction::toggled, this, &MainWindow::showReview);
    connect(a.cancel, &QAction::triggered, session_, &Session::cancelRunning);
    connect(a.cancelAll, &QAction::triggered, session_, &Session::cancelAll);
    connect(a.continueFromFrame, &QAction::triggered, this, [this] { continueFromStep(timeline_->currentStep()); });
    connect(a.newSeed, &QAction::triggered, settings_, &SettingsDock::newSeed);
    connect(a.modes, &QActionGroup::triggered, this,
            [this](QAction* action) { setCompareMode(action->data().value<ImageViewer::Mode>()); });
    connect(a.toggleOriginal, &QAction::triggered, this, [this] {
        setCompareMode(viewer_->mode() == ImageViewer::Mode::Original ? ImageViewer::Mode::Result
                                                                      : ImageViewer::Mode::Original);
    });
    connect(a.uncertainty, &QAction::toggled, viewer_, &ImageViewer::setShowUncertainty);
    connect(a.zoomIn, &QAction::triggered, viewer_, &ImageViewer::zoomIn);
    connect(a.zoomOut, &QAction::triggered, viewer_, &ImageViewer::zoomOut);
    connect(a.fitToWindow, &QAction::triggered, viewer_, &ImageViewer::fitToWindow);
    connect(a.actualPixels, &QAction::triggered, this, [this] { viewer_->setZoom(1.0); });
    connect(a.play, &QAction::triggered, timeline_, &TimelineDock::togglePlay);
    connect(a.nextFrame, &QAction::triggered, timeline_, &TimelineDock::stepForward);
    connect(a.previousFrame, &QAction::triggered, timeline_, &TimelineDock::stepBack);
    connect(a.about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About COLORIZED"),
                           tr("<p><b>COLORIZED %1</b></p><p>Colorization of lost or ruined "
                              "images employing diffusion.</p><p>Colors are an estimate made by a "
                              "trained model; exports say so in their metadata and never replace "
                              "the original.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::connectSession()
{
    const auto isCurrent = [this](int row) { return row >= 0 && row == session_->current(); };
    PhotoListModel* photos = session_->photos();
    connect(session_, &Session::currentChanged, this, &MainWindow::showCurrentPhoto);
    connect(photos, &PhotoListModel::photoChanged, this, [this, isCurrent](int row) {
        if (isCurrent(row))
            refreshViewer();
        updateActions();
    });
    connect(session_, &Session::originalLoaded, this, [this](const QImage& image) {
        if (!image.isNull())
            viewer_->setOriginal(image);
        refreshViewer();
    });
    connect(session_, &Session::shownResultChanged, this, &MainWindow::refreshViewer);
    connect(session_, &Session::hintsChanged, this, &MainWindow::refreshHints);
    connect(session_, &Session::candidateChosen, this, [this, isCurrent](int row, int candidate) {
        if (isCurrent(row))
            timeline_->setCandidate(candidate);
    });
    connect(session_, &Session::framesReplaced, this, [this, isCurrent, photos](int row) {
        if (isCurrent(row))
            timeline_->setFrames(photos->photo(row).frames, photos->photo(row).state == State::Done);
    });
    connect(session_, &Session::frameAdded, this, [this, isCurrent](int row, const TimelineFrame& frame) {
        if (isCurrent(row))
            timeline_->appendFrame(frame);
    });
    connect(session_, &Session::resultArrived, this, [this, isCurrent, photos](int row) {
        if (!isCurrent(row))
            return;
        timeline_->setFinished(true);
        timeline_->setCandidate(photos->photo(row).candidate);
        timeline_->setBranches(photos->photo(row).branches, photos->photo(row).branch);
    });
    connect(session_, &Session::branchShown, this, [this, isCurrent](int row) {
        if (isCurrent(row))
            showTimelineOf(row);
        refreshViewer();
        updateActions();
    });
    connect(session_, &Session::message, statusBar(), &QStatusBar::showMessage);
    connect(keeper_, &ProjectKeeper::fileNameChanged, this, [this](const QString& fileName) {
        QSettings().setValue(QLatin1String(kLastProjectKey), fileName);
        showProjectName(fileName);
    });
    connect(keeper_, &ProjectKeeper::saveFailed, this, [this](const QString& error) { statusBar()->showMessage(error); });
    connect(session_, &Session::reportWritten, this, [this](const QString&, const QString& error) {
        if (!error.isEmpty())
            showExportProblems({error});
    });
    connect(session_, &Session::exportsFinished, this,
            [this](const QStringList&, const QStringList& errors) { showExportProblems(errors); });

    ColorizeJob* job = session_->job();
    connect(job, &ColorizeJob::idle, this, &MainWindow::updateActions);
    connect(job, &ColorizeJob::started, this, &MainWindow::updateActions);
    connect(job, &ColorizeJob::finished, this, &MainWindow::updateActions);
    connect(job, &ColorizeJob::failed, this, &MainWindow::updateActions);
    connect(job, &ColorizeJob::cancelled, this, &MainWindow::updateActions);
    connect(job, &ColorizeJob::modelLoaded, settings_, &SettingsDock::setModelSummary);
    connect(job, &ColorizeJob::modelFailed, this, [this](const QString&, const QString& message) {
        settings_->setModelProblem(message);
        statusBar()->showMessage(message);
    });
}

void MainWindow::connectWidgets()
{
    connect(opener_, &PhotoOpener::pathsChosen, this, &MainWindow::addPaths);
    connect(recentMenu_, &RecentFilesMenu::openRequested, this, [this](const QString& path) { addPaths({path}); });
    connect(session_->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(photoView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { session_->setCurrent(current.isValid() ? current.row() : -1); });
    connect(review_, &ReviewGrid::openRequested, this, [this](int row) {
        session_->setCurrent(row);
        actions_->review->setChecked(false);
    });
    connect(review_, &ReviewGrid::exportRequested, this, &MainWindow::exportRows);
    connect(viewer_, &ImageViewer::hintClicked, this, &MainWindow::addHintAt);
    connect(viewer_, &ImageViewer::hintMoved, this, [this](int index, QPointF fraction) {
        session_->editHints(session_->current(), HintEdit::move(index, fraction));
    });
    connect(viewer_, &ImageViewer::hintSelected, session_, &Session::selectHint);
    connect(viewer_, &ImageViewer::candidateTilesWanted, session_, &Session::composeCandidateTiles);
    connect(session_, &Session::candidateTilesComposed, this, [this](int row, const QVector<QImage>& tiles) {
        if (row == session_->current())
            viewer_->setCandidateTiles(tiles);
    });
    connect(viewer_, &ImageViewer::candidatePicked, this,
            [this](int candidate) { session_->pickCandidate(session_->current(), candidate); });
    connect(viewer_, &ImageViewer::modeChanged, this,
            [this](ImageViewer::Mode mode) { actions_->modeAction(mode)->setChecked(true); });
    connect(timeline_, &TimelineDock::frameShown, viewer_, &ImageViewer::setFrame);
    connect(timeline_, &TimelineDock::continueRequested, this, &MainWindow::continueFromStep);
    connect(timeline_, &TimelineDock::branchChosen, this,
            [this](int branch) { session_->showBranch(session_->current(), branch); });
    connect(hints_, &HintsDock::pickModeToggled, actions_->hintMode, &QAction::setChecked);
    connect(hints_, &HintsDock::hintSelected, session_, &Session::selectHint);
    connect(hints_, &HintsDock::changeColorRequested, this, &MainWindow::changeHintColor);
    connect(hints_, &HintsDock::noteEdited, this, [this](int index, const QString& note) {
        session_->editHints(session_->current(), HintEdit::annotate(index, note));
    });
    connect(hints_, &HintsDock::removeRequested, this,
            [this](int index) { session_->editHints(session_->current(), HintEdit::remove(index)); });
    connect(hints_, &HintsDock::clearRequested, this,
            [this] { session_->editHints(session_->current(), HintEdit::clear()); });
    connect(settings_, &SettingsDock::modelPathChanged, this, [this](const QString& path) {
        status_->showModelLoading();
        session_->job()->preloadModel(path);
    });
}

void MainWindow::restoreCompareMode()
{
    const QString stored = QSettings().value(QLatin1String(kCompareModeKey)).toString();
    if (stored.isEmpty())
        return;
    if (const std::optional<ImageViewer::Mode> mode = ImageViewer::modeFromName(stored))
        setCompareMode(*mode);
    else
        qWarning("colorized: ignoring the unknown compare mode \"%s\" stored as %s", qPrintable(stored), kCompareModeKey);
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
    status_->showNoModel();
    viewer_->setPlaceholder(tr("Drop photographs or folders here, or use File > Open.") + QStringLiteral("\n\n") + message);
    statusBar()->showMessage(tr("No colorization model found: choose one in the Settings panel."));
}

QMenu* MainWindow::toolsMenu() const
{
    return actions_->toolsMenu();
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

ColorizeSettings MainWindow::settingsForRun() const
{
    settings_->save();
    return settings_->settings();
}

QList<int> MainWindow::selectedRows() const
{
    if (central_->currentWidget() == review_)
        return review_->selectedRows();
    QList<int> rows;
    for (const QModelIndex& index : photoView_->selectionModel()->selectedIndexes())
        rows << index.row();
    if (rows.isEmpty() && session_->current() >= 0)
        rows << session_->current();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MainWindow::addPaths(const QStringList& given)
{
    QStringList paths;
    for (const QString& path : given) {
        if (isProjectFile(path))
            openProject(path);
        else
            paths << path;
    }
    if (paths.isEmpty())
        return;
    const bool colorizeNow = PreferencesDialog::autoColorize() && !settings_->modelPath().isEmpty();
    if (session_->addPaths(paths, colorizeNow ? std::optional(settingsForRun()) : std::nullopt) > 0)
        recentMenu_->remember(paths);
}

// ---- Showing the current photo ---------------------------------------------------------------

void MainWindow::showCurrentPhoto(int row)
{
    if (photoView_->currentIndex().row() != row)
        photoView_->setCurrentIndex(session_->photos()->index(row));
    viewer_->clear();
    if (row >= 0) {
        showTimelineOf(row);
    } else {
        timeline_->clear();
        timeline_->setBranches({}, -1);
    }
    refreshViewer();
    refreshHints();
    updateActions();
}

void MainWindow::showTimelineOf(int row)
{
    const PhotoListModel::Photo& photo = session_->photos()->photo(row);
    timeline_->setFrames(photo.frames, photo.state == State::Done);
    timeline_->setCandidate(photo.candidate);
    timeline_->setBranches(photo.branches, photo.branch);
}

void MainWindow::refreshViewer()
{
    const int row = session_->current();
    if (row < 0)
        return;
    const PhotoListModel::Photo& photo = session_->photos()->photo(row);
    const bool done = photo.state == State::Done || photo.result.isValid();
    viewer_->setResult(session_->shownResult());
    viewer_->setCandidates(done ? photo.result.candidates : QVector<QImage>(), photo.candidate);
    viewer_->setUncertainty(done ? photo.result.uncertainty : QImage(), photo.result.uncertaintyScale);
    viewer_->setHints(photo.hints, session_->selectedHint());
    QString message;
    if (photo.state == State::Failed)
        message = photo.message;
    else if (photo.state == State::Loading || (viewer_->imageSize().isEmpty() && session_->isLoadingOriginal()))
        message = tr("Loading %1…").arg(QFileInfo(photo.path).fileName());
    else if (session_->photos()->keepsItsColor(row))
        message = tr("This scan already holds color: it is kept as it is. Colorize it (Ctrl+R) to choose "
                     "whether its luminance should be colorized instead.");
    viewer_->setMessage(message);
    actions_->uncertainty->setEnabled(done && !photo.result.uncertainty.isNull());
}

void MainWindow::refreshHints()
{
    const int row = session_->current();
    const QVector<HintSpec> hints = row >= 0 ? session_->photos()->photo(row).hints : QVector<HintSpec>();
    hints_->setHints(hints, session_->selectedHint());
    viewer_->setHints(hints, session_->selectedHint());
    actions_->removeHint->setEnabled(session_->selectedHint() >= 0);
}

void MainWindow::setCompareMode(ImageViewer::Mode mode)
{
    viewer_->setMode(mode);
    actions_->modeAction(mode)->setChecked(true);
}

void MainWindow::updateActions()
{
    const int row = session_->current();
    const bool done = row >= 0 && session_->photos()->photo(row).result.isValid();
    const int pending = session_->job()->pendingCount();
    actions_->colorize->setEnabled(row >= 0);
    actions_->colorizeAll->setEnabled(session_->photos()->rowCount() > 0);
    actions_->cancel->setEnabled(pending > 0);
    actions_->exportOne->setEnabled(done);
    actions_->exportAll->setEnabled(!session_->colorizedRows().isEmpty());
    actions_->exportReport->setEnabled(done);
    actions_->remove->setEnabled(row >= 0);
    actions_->continueFromFrame->setEnabled(session_->canContinue(row));
    timeline_->setContinueEnabled(session_->canContinue(row));
    actions_->hintMode->setEnabled(row >= 0);
    status_->setPending(pending);
}

// ---- Hints, continuing, exporting -------------------------------------------------------------

void MainWindow::addHintAt(QPointF fraction)
{
    const int row = session_->current();
    if (row < 0)
        return;
    const QList<QColor> suggestions = session_->suggestedColors(row, fraction);
    const QColor color = chooseColor_(suggestions.isEmpty() ? QColor(128, 128, 128) : suggestions.first(), suggestions);
    if (color.isValid())
        session_->editHints(row, HintEdit::add(fraction, color));
}

void MainWindow::changeHintColor(int index)
{
    const int row = session_->current();
    if (row < 0 || index < 0 || index >= session_->photos()->photo(row).hints.size())
        return;
    const HintSpec hint = session_->photos()->photo(row).hints.at(index);
    const QColor color = chooseColor_(hint.color, session_->suggestedColors(row, hint.position));
    if (color.isValid())
        session_->editHints(row, HintEdit::recolor(index, color));
}

void MainWindow::colorizeRows(const QList<int>& rows)
{
    const QList<int> ask = session_->rowsToAskAboutColor(rows);
    if (!ask.isEmpty()) {
        const std::optional<PhotoListModel::ColorChoice> choice = chooseForColorScans_(ask.size());
        if (!choice)
            return;
        session_->setColorChoice(ask, *choice);
    }
    session_->colorize(rows, settingsForRun());
}

void MainWindow::showReview(bool on)
{
    central_->setCurrentWidget(on ? static_cast<QWidget*>(review_) : viewer_);
    if (on) {
        review_->setCurrentPhoto(session_->current());
        review_->view()->setFocus();
    } else {
        viewer_->setFocus();
    }
    if (actions_->review->isChecked() != on)
        actions_->review->setChecked(on);
}

void MainWindow::continueFromStep(int step)
{
    session_->continueFrom(session_->current(), step, settingsForRun());
}

void MainWindow::exportRows(const QList<int>& rows)
{
    if (rows.isEmpty())
        return;
    const bool sixteenBit = std::any_of(rows.begin(), rows.end(),
                                        [this](int row) { return session_->photos()->photo(row).bitDepth > 8; });
    ExportDialog dialog(rows.size(), sixteenBit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (rows.size() > 1) {
        auto* progress = new QProgressDialog(tr("Exporting %n photo(s)…", nullptr, rows.size()), tr("Cancel"), 0,
                                             rows.size(), this);
        progress->setObjectName(QStringLiteral("exportProgress"));
        progress->setWindowTitle(tr("Export"));
        progress->setAttribute(Qt::WA_DeleteOnClose);
        progress->setMinimumDuration(500);
        progress->setValue(0);
        connect(session_, &Session::exportProgressed, progress, [progress](int done, int total) {
            progress->setMaximum(total);
            progress->setValue(done);
        });
        connect(session_, &Session::exportsFinished, progress, [this, progress] {
            disconnect(progress, &QProgressDialog::canceled, session_, &Session::cancelExports);   // close() emits it
            progress->close();
        });
        connect(progress, &QProgressDialog::canceled, session_, &Session::cancelExports);
    }
    session_->exportRows(rows, dialog.options());
}

void MainWindow::exportReport()
{
    const int row = session_->current();
    if (row < 0 || !session_->photos()->photo(row).result.isValid())
        return;
    const QFileInfo photo(session_->photos()->photo(row).path);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), photo.dir().filePath(photo.completeBaseName() + QStringLiteral("-report.pdf")),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        session_->exportReport(row, path);
}

void MainWindow::showExportProblems(const QStringList& errors)
{
    if (errors.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Export problems"), errors.join(QLatin1Char('\n')),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// ---- The project ------------------------------------------------------------------------------

void MainWindow::restoreLastProject(const QString& autosaveFolder)
{
    // From here on an unnamed project is kept in the autosave file.
    keeper_->setAutosavePath(QDir(autosaveFolder).filePath(QStringLiteral("autosave.colorized")));
    const QString last = QSettings().value(QLatin1String(kLastProjectKey)).toString();
    if (!last.isEmpty() && QFileInfo(last).isFile()) {
        openProject(last);
        return;
    }
    Session::Restored restored;
    if (keeper_->restoreAutosave(&restored))
        sayRestored(restored, tr("the last session"));
    else if (!keeper_->lastError().isEmpty())
        statusBar()->showMessage(keeper_->lastError());
}

bool MainWindow::openProject(const QString& path)
{
    if (path == keeper_->fileName() || !mayLeaveProject())
        return false;
    Session::Restored restored;
    const QString error = keeper_->open(path, &restored);
    if (!error.isEmpty()) {
        ask_(tr("The project could not be opened."), error, QMessageBox::Ok, QMessageBox::Ok);
        return false;
    }
    recentMenu_->remember({keeper_->fileName()});
    sayRestored(restored, QFileInfo(path).fileName());
    return true;
}

void MainWindow::sayRestored(const Session::Restored& restored, const QString& from)
{
    QString text = tr("Restored %n photo(s) from %1", nullptr, restored.photos).arg(from);
    text += QStringLiteral(": ") + tr("%n with a saved result, remade exactly when shown", nullptr, restored.colorized);
    text += QStringLiteral(", ") + tr("%n hint(s)", nullptr, restored.hints);
    if (restored.missing > 0)
        text += QStringLiteral("; ") + tr("%n original(s) missing", nullptr, restored.missing);
    statusBar()->showMessage(text + QLatin1Char('.'));
}

bool MainWindow::saveProject()
{
    if (keeper_->fileName().isEmpty())
        return saveProjectAs();
    const QString error = keeper_->saveAs(keeper_->fileName());
    if (!error.isEmpty()) {
        ask_(tr("The project was not saved."), error, QMessageBox::Ok, QMessageBox::Ok);
        return false;
    }
    statusBar()->showMessage(tr("Project saved to %1.").arg(keeper_->fileName()), 5000);
    return true;
}

bool MainWindow::saveProjectAs()
{
    const QString start = keeper_->fileName().isEmpty() ? QDir::home().filePath(tr("project") + QStringLiteral(".colorized"))
                                                        : keeper_->fileName();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), start, tr("COLORIZED projects (*.colorized)"));
    if (path.isEmpty())
        return false;
    if (!isProjectFile(path))
        path += QStringLiteral(".colorized");
    const QString error = keeper_->saveAs(path);
    if (!error.isEmpty()) {
        ask_(tr("The project was not saved."), error, QMessageBox::Ok, QMessageBox::Ok);
        return false;
    }
    recentMenu_->remember({keeper_->fileName()});
    statusBar()->showMessage(tr("Project saved to %1; changes are saved to it as you work.").arg(keeper_->fileName()), 8000);
    return true;
}

bool MainWindow::mayLeaveProject()
{
    keeper_->saveNow();
    if (keeper_->quitAnswer() == ProjectKeeper::QuitAnswer::QuitNow)
        return true;
    const int unexported = int(session_->unexportedRows().size());
    const QString text = keeper_->lastError().isEmpty()
                             ? tr("%n colorized photo(s) are not exported, and this project has no name yet.", nullptr, unexported)
                             : keeper_->lastError();
    const auto answer = ask_(text,
                             tr("Save the project to keep the photos, hints, seeds and chosen candidates; "
                                "discard to start afresh."),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return saveProjectAs();
    case QMessageBox::Discard:
        keeper_->discardAutosave();
        return true;
    default:
        return false;
    }
}

void MainWindow::showProjectName(const QString& fileName)
{
    const QString name = fileName.isEmpty() ? tr("Unnamed project") : QFileInfo(fileName).fileName();
    setWindowTitle(tr("%1 — COLORIZED").arg(name));
}

void MainWindow::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const auto answer = ask_(tr("Remove %n photo(s) from the list?", nullptr, rows.size()),
                             tr("The files stay on disk. Edit > Undo brings the photos back with their hints and results."),
                             QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
    if (answer == QMessageBox::Ok)
        session_->removeRows(rows);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!mayLeaveProject()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/windowState"), saveState());
    settings.setValue(QLatin1String(kCompareModeKey), ImageViewer::modeName(viewer_->mode()));
    settings_->save();
    session_->cancelAll();
    event->accept();
}

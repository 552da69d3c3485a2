#include "mainactions.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

MainActions::MainActions(QMainWindow* window, QUndoStack* undoStack) : QObject(window)
{
    newProject = create(tr("&New Project"), QKeySequence::New, "document-new");
    openProject = create(tr("Open &Project…"), QKeySequence(tr("Ctrl+Alt+O")));
    saveProject = create(tr("&Save Project"), QKeySequence::Save, "document-save");
    saveProject->setToolTip(tr("Save the photos, hints, seeds and chosen candidates as a project (Ctrl+S)"));
    saveProjectAs = create(tr("Save Project &As…"), QKeySequence::SaveAs);
    undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    open = create(tr("&Open Photos…"), QKeySequence::Open, "document-open");
    openFolder = create(tr("Open &Folder…"), QKeySequence(tr("Ctrl+Shift+O")), "folder-open");
    exportOne = create(tr("&Export…"), QKeySequence(tr("Ctrl+E")), "document-save-as");
    exportAll = create(tr("Export &All Colorized…"), QKeySequence(tr("Ctrl+Shift+E")));
    exportReport = create(tr("Export &Report…"), QKeySequence());
    exportReport->setToolTip(tr("Write a printable PDF of the photo's colorization: model, seed, branch and "
                                "every hint with its evidence"));
    remove = create(tr("&Remove from List"), QKeySequence(tr("Ctrl+Del")));
    quit = create(tr("&Quit"), QKeySequence::Quit);

    hintMode = create(tr("Place Color &Hints"), QKeySequence(tr("H")));
    hintMode->setCheckable(true);
    removeHint = create(tr("Remove Selected Hint"), QKeySequence::Delete);
    preferences = create(tr("&Preferences…"), QKeySequence::Preferences);

    colorize = create(tr("&Colorize"), QKeySequence(tr("Ctrl+R")), "media-playback-start");
    colorize->setToolTip(tr("Colorize the selected photos (Ctrl+R)"));
    colorizeAll = create(tr("Colorize A&ll"), QKeySequence(tr("Ctrl+Shift+R")));
    cancel = create(tr("C&ancel"), QKeySequence(Qt::Key_Escape), "process-stop");
    cancel->setToolTip(tr("Cancel the running colorization (Esc)"));
    cancelAll = create(tr("Cancel All"), QKeySequence(tr("Shift+Esc")));
    window->addAction(cancelAll);   // in no menu: the window carries its shortcut
    continueFromFrame = create(tr("Continue from Selected &Frame"), QKeySequence(tr("Ctrl+J")));
    newSeed = create(tr("New &Seed"), QKeySequence(tr("Ctrl+G")));

    modes = new QActionGroup(this);
    const QVector<ImageViewer::ModeInfo>& table = ImageViewer::modes();
    for (int i = 0; i < table.size(); ++i) {
        auto* action = new QAction(ImageViewer::modeLabel(table[i].mode), modes);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QString::number(i + 1)));
        action->setData(QVariant::fromValue(table[i].mode));
        action->setChecked(i == 0);
    }
    review = create(tr("&Review Collection"), QKeySequence(tr("G")));
    review->setCheckable(true);
    review->setToolTip(tr("Every photo as a tile with its review state: accept, redo or reject them from the keyboard (G)"));
    toggleOriginal = create(tr("&Toggle Original"), QKeySequence(tr("T")));
    toggleOriginal->setToolTip(tr("Flip between the original and the colorized photo (T)"));
    uncertainty = create(tr("Show &Uncertainty"), QKeySequence(tr("U")));
    uncertainty->setCheckable(true);
    uncertainty->setToolTip(tr("Highlight where the candidates disagree: there the colors are a guess (U)"));
    zoomIn = create(tr("Zoom &In"), QKeySequence::ZoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    zoomOut = create(tr("Zoom O&ut"), QKeySequence::ZoomOut);
    fitToWindow = create(tr("&Fit to Window"), QKeySequence(tr("Ctrl+0")));
    actualPixels = create(tr("&Actual Pixels (100 %)"), QKeySequence(tr("Ctrl+1")));
    play = create(tr("&Play/Pause Timeline"), QKeySequence(Qt::Key_Space));
    nextFrame = create(tr("Next Frame"), QKeySequence(tr("]")));
    previousFrame = create(tr("Previous Frame"), QKeySequence(tr("[")));
    about = create(tr("&About COLORIZED"), {});
}

QAction* MainActions::create(const QString& text, const QKeySequence& shortcut, const char* icon)
{
    auto* action = new QAction(icon ? QIcon::fromTheme(QLatin1String(icon)) : QIcon(), text, this);
    action->setShortcut(shortcut);
    return action;
}

QAction* MainActions::modeAction(ImageViewer::Mode mode) const
{
    for (QAction* action : modes->actions())
        if (action->data().value<ImageViewer::Mode>() == mode)
            return action;
    return nullptr;
}

void MainActions::populate(QMainWindow* window, QMenu* recent)
{
    QMenuBar* bar = window->menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    file->addActions({newProject, openProject, saveProject, saveProjectAs});
    file->addSeparator();
    file->addActions({open, openFolder});
    file->addMenu(recent);
    file->addSeparator();
    file->addActions({exportOne, exportAll, exportReport});
    file->addSeparator();
    file->addAction(remove);
    file->addSeparator();
    file->addAction(quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({hintMode, removeHint});
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu* colorizeMenu = bar->addMenu(tr("&Colorize"));
    colorizeMenu->addActions({colorize, colorizeAll, cancel});
    colorizeMenu->addSeparator();
    colorizeMenu->addActions({continueFromFrame, newSeed});

    QMenu* view = bar->addMenu(tr("&View"));
    view->addAction(review);
    view->addSeparator();
    view->addActions(modes->actions());
    view->addActions({toggleOriginal, uncertainty});
    view->addSeparator();
    view->addActions({zoomIn, zoomOut, fitToWindow, actualPixels});
    view->addSeparator();
    view->addActions({play, nextFrame, previousFrame});
    view->addSeparator();
    for (QDockWidget* dock : window->findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    toolsMenu_ = bar->addMenu(tr("&Tools"));
    toolsMenu_->setObjectName(QStringLiteral("toolsMenu"));
    toolsMenu_->menuAction()->setVisible(false);
    toolsMenu_->installEventFilter(this);

    bar->addMenu(tr("&Help"))->addAction(about);

    QToolBar* toolbar = window->addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addActions({open, colorize, cancel, exportOne});
    toolbar->addSeparator();
    toolbar->addAction(review);
    toolbar->addActions(modes->actions());
    toolbar->addActions({uncertainty, hintMode});
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

bool MainActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == toolsMenu_ && (event->type() == QEvent::ActionAdded || event->type() == QEvent::ActionRemoved))
        toolsMenu_->menuAction()->setVisible(!toolsMenu_->actions().isEmpty() || event->type() == QEvent::ActionAdded);
    return QObject::eventFilter(watched, event);
}

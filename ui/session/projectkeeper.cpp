#include "projectkeeper.h"

#include "colorized/jobs/projectio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopedValueRollback>

ProjectKeeper::ProjectKeeper(Session* session, const QString& autosavePath, QObject* parent)
    : QObject(parent), session_(session), autosavePath_(autosavePath)
{
    timer_.setSingleShot(true);
    timer_.setInterval(kAutosaveDelayMs);
    connect(&timer_, &QTimer::timeout, this, &ProjectKeeper::saveNow);
    connect(session_, &Session::projectChanged, this, [this] {
        if (opening_)
            return;
        dirty_ = true;
        if (!timer_.isActive())   // not restarted: a long run of changes still saves every delay
            timer_.start();
    });
}

QString ProjectKeeper::writeTo(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    lastError_ = colorized::jobs::saveProjectFile(path, session_->project());
    if (lastError_.isEmpty())
        dirty_ = false;
    else
        Q_EMIT saveFailed(lastError_);
    return lastError_;
}

QString ProjectKeeper::saveNow()
{
    timer_.stop();
    if (!dirty_)
        return {};
    // An unnamed project with no photos has nothing to keep.
    if (fileName_.isEmpty() && session_->photos()->rowCount() == 0) {
        discardAutosave();
        dirty_ = false;
        return {};
    }
    if (fileName_.isEmpty() && autosavePath_.isEmpty())
        return {};   // not kept (tests, before MainWindow::restoreLastProject)
    return writeTo(fileName_.isEmpty() ? autosavePath_ : fileName_);
}

QString ProjectKeeper::saveAs(const QString& path)
{
    timer_.stop();
    dirty_ = true;
    const QString error = writeTo(path);
    if (!error.isEmpty())
        return error;
    const bool wasUnnamed = fileName_.isEmpty();
    setFileName(QFileInfo(path).absoluteFilePath());
    if (wasUnnamed)
        discardAutosave();
    return {};
}

QString ProjectKeeper::open(const QString& path, Session::Restored* restored)
{
    const colorized::jobs::ProjectOpened opened = colorized::jobs::openProjectFile(path);
    if (!opened.ok())
        return opened.error;
    saveNow();   // the project being left, as it is
    {
        const QScopedValueRollback<bool> opening(opening_, true);
        const Session::Restored what = session_->openProject(opened.project);
        if (restored)
            *restored = what;
    }
    timer_.stop();
    dirty_ = false;
    lastError_.clear();
    setFileName(QFileInfo(path).absoluteFilePath());
    return {};
}

bool ProjectKeeper::restoreAutosave(Session::Restored* restored)
{
    if (autosavePath_.isEmpty() || !QFileInfo(autosavePath_).isFile())
        return false;
    const colorized::jobs::ProjectOpened opened = colorized::jobs::openProjectFile(autosavePath_);
    if (!opened.ok()) {
        lastError_ = opened.error;
        return false;
    }
    const QScopedValueRollback<bool> opening(opening_, true);
    const Session::Restored what = session_->openProject(opened.project);
    if (restored)
        *restored = what;
    setFileName({});
    dirty_ = false;
    return true;
}

void ProjectKeeper::clear()
{
    {
        const QScopedValueRollback<bool> opening(opening_, true);
        session_->openProject({});
    }
    timer_.stop();
    dirty_ = false;
    lastError_.clear();
    setFileName({});
    discardAutosave();
}

void ProjectKeeper::discardAutosave()
{
    timer_.stop();
    if (fileName_.isEmpty())
        dirty_ = false;
    if (!autosavePath_.isEmpty())
        QFile::remove(autosavePath_);
}

ProjectKeeper::QuitAnswer ProjectKeeper::quitAnswer(int unexportedPhotos, bool named, bool lastSaveFailed)
{
    if (lastSaveFailed)
        return QuitAnswer::Ask;
    return unexportedPhotos > 0 && !named ? QuitAnswer::Ask : QuitAnswer::QuitNow;
}

ProjectKeeper::QuitAnswer ProjectKeeper::quitAnswer() const
{
    return quitAnswer(int(session_->unexportedRows().size()), !fileName_.isEmpty(), !lastError_.isEmpty());
}

void ProjectKeeper::setFileName(const QString& fileName)
{
    if (fileName == fileName_)
        return;
    fileName_ = fileName;
    Q_EMIT fileNameChanged(fileName_);
}

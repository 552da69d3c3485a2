#include "folderpage.h"

#include "finetunewizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace colorized::finetune {

using colorized::jobs::TrainJob;
using colorized::jobs::TrainState;
using colorized::jobs::TrainStatus;

FolderPage::FolderPage(FineTuneWizard* wizard)
    : wizard_(wizard)
{
    setTitle(tr("Photographs to learn from"));
    setSubTitle(tr("Choose a folder with your collection's photographs. COLORIZED learns how your "
                   "photographs are colored; the model you start from is never changed."));

    auto* layouts = new QLabel(this);
    layouts->setObjectName(QStringLiteral("layoutsLabel"));
    layouts->setWordWrap(true);
    layouts->setTextFormat(Qt::RichText);
    layouts->setText(
        tr("<p>The folder can be laid out in any of these ways, or mix them:</p>"
           "<ul>"
           "<li><b>Two subfolders</b> <tt>gray/</tt> and <tt>color/</tt>: a scan in <tt>gray/</tt> "
           "and the color version of the same photograph in <tt>color/</tt>, with the same file "
           "name (<tt>gray/p001.tif</tt> and <tt>color/p001.jpg</tt>).</li>"
           "<li><b>Side by side</b>: the scan <tt>p001.tif</tt> next to its color version "
           "<tt>p001_color.jpg</tt>.</li>"
           "<li><b>Color photographs alone</b>: photographs of your region and era in color; their "
           "own lightness becomes the input.</li>"
           "</ul>"
           "<p>The next page lists what was found and every file that cannot be used, and why. "
           "Some photographs are set aside to measure the result.</p>"));

    folder_ = new QLineEdit(this);
    folder_->setObjectName(QStringLiteral("folderEdit"));
    folder_->setPlaceholderText(tr("Folder of photographs"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &FolderPage::browse);
    connect(folder_, &QLineEdit::textChanged, this, &FolderPage::completeChanged);
    registerField(QStringLiteral("dataFolder"), folder_);

    auto* row = new QHBoxLayout;
    row->addWidget(folder_, 1);
    row->addWidget(browse);

    resumeBox_ = new QGroupBox(tr("Interrupted training"), this);
    resumeBox_->setObjectName(QStringLiteral("resumeBox"));
    resumeText_ = new QLabel(resumeBox_);
    resumeText_->setWordWrap(true);
    auto* resume = new QPushButton(tr("&Resume it"), resumeBox_);
    resume->setObjectName(QStringLiteral("resumeButton"));
    auto* discard = new QPushButton(tr("&Discard it"), resumeBox_);
    discard->setObjectName(QStringLiteral("discardButton"));
    connect(resume, &QPushButton::clicked, this, &FolderPage::resumeInterrupted);
    connect(discard, &QPushButton::clicked, this, &FolderPage::discardInterrupted);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(discard);
    buttons->addWidget(resume);
    auto* boxLayout = new QVBoxLayout(resumeBox_);
    boxLayout->addWidget(resumeText_);
    boxLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(layouts);
    layout->addLayout(row);
    layout->addStretch(1);
    layout->addWidget(resumeBox_);
}

void FolderPage::initializePage()
{
    wizard_->setResumeFolder({});
    setCommitPage(false);
    refreshInterrupted();
}

void FolderPage::refreshInterrupted()
{
    const QStringList runs = TrainJob::interruptedRuns(wizard_->trainingRoot());
    interrupted_ = runs.isEmpty() ? QString() : runs.first();
    TrainState state;
    if (interrupted_.isEmpty() || !TrainJob::readState(interrupted_, &state)) {
        interrupted_.clear();
        resumeBox_->hide();
        return;
    }
    const QLocale locale;
    const QString when = locale.toString(state.updated.toLocalTime(), QLocale::ShortFormat);
    resumeText_->setText(
        tr("A fine-tuning run on %1 stopped at step %2 of %3 (%4). It can continue from there.")
            .arg(QDir::toNativeSeparators(state.settings.dataFolder))
            .arg(state.step)
            .arg(state.settings.steps)
            .arg(when));
    resumeBox_->show();
}

bool FolderPage::isComplete() const
{
    if (!wizard_->resumeFolder().isEmpty())
        return true;  // a resumed run reads the packs it made; its folder may be gone
    const QString folder = folder_->text().trimmed();
    return !folder.isEmpty() && QFileInfo(folder).isDir();
}

int FolderPage::nextId() const
{
    return wizard_->resumeFolder().isEmpty() ? FineTuneWizard::ReportPage : FineTuneWizard::TrainingPage;
}

void FolderPage::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of photographs"), folder_->text());
    if (!folder.isEmpty())
        folder_->setText(QDir::toNativeSeparators(folder));
}

void FolderPage::resumeInterrupted()
{
    if (interrupted_.isEmpty())
        return;
    wizard_->setResumeFolder(interrupted_);
    setCommitPage(true);  // no way back into a running job's settings
    Q_EMIT completeChanged();
    wizard_->next();
}

void FolderPage::discardInterrupted()
{
    if (interrupted_.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Discard the interrupted training?"),
        tr("The interrupted run and its checkpoint will be deleted. Your photographs and models are not "
           "touched."));
    if (answer != QMessageBox::Yes)
        return;
    QDir(interrupted_).removeRecursively();
    refreshInterrupted();
}

}  // namespace colorized::finetune

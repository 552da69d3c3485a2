#include "reportpage.h"

#include "finetunewizard.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace colorized::finetune {

using colorized::jobs::TrainingFolderReport;

ReportPage::ReportPage(FineTuneWizard* wizard)
    : wizard_(wizard)
{
    setTitle(tr("What the folder holds"));
    setSubTitle(tr("Matched pairs and color photographs are used; the files listed below are left out."));

    progressBar_ = new QProgressBar(this);
    progressBar_->setObjectName(QStringLiteral("readProgress"));
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("summaryLabel"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    heldOutPercent_ = new QSpinBox(this);
    heldOutPercent_->setObjectName(QStringLiteral("heldOutPercent"));
    heldOutPercent_->setRange(5, 50);
    heldOutPercent_->setValue(10);
    heldOutPercent_->setSuffix(QStringLiteral(" %"));
    heldOutText_ = new QLabel(this);
    heldOutText_->setWordWrap(true);
    registerField(QStringLiteral("heldOutPercent"), heldOutPercent_);
    connect(heldOutPercent_, &QSpinBox::valueChanged, this, &ReportPage::updateHeldOut);
    auto* form = new QFormLayout;
    form->addRow(tr("Set aside for measuring:"), heldOutPercent_);
    form->addRow(QString(), heldOutText_);

    problems_ = new QTreeWidget(this);
    problems_->setObjectName(QStringLiteral("problemList"));
    problems_->setHeaderLabels({tr("File"), tr("Problem")});
    problems_->setRootIsDecorated(false);
    problems_->setAlternatingRowColors(true);
    problems_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    problems_->header()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(progressBar_);
    layout->addWidget(summary_);
    layout->addLayout(form);
    layout->addWidget(problems_, 1);

    progressTimer_ = new QTimer(this);
    progressTimer_->setInterval(100);
    connect(progressTimer_, &QTimer::timeout, this, [this] {
        if (progress_ && progress_->total > 0) {
            progressBar_->setRange(0, progress_->total);
            progressBar_->setValue(progress_->done);
        }
    });
    connect(&watcher_, &QFutureWatcher<TrainingFolderReport>::finished, this, &ReportPage::showReport);
}

ReportPage::~ReportPage()
{
    cancelReading();  // the task holds its own state; nothing waits here
}

void ReportPage::cancelReading()
{
    if (progress_)
        progress_->cancel = true;
    progressTimer_->stop();
}

void ReportPage::initializePage()
{
    ready_ = false;
    problems_->clear();
    summary_->setText(tr("Reading the photographs…"));
    heldOutText_->clear();
    progressBar_->show();
    progressBar_->setRange(0, 0);
    cancelReading();
    progress_ = std::make_shared<Progress>();
    const QString folder = QDir::fromNativeSeparators(field(QStringLiteral("dataFolder")).toString().trimmed());
    const auto progress = progress_;
    watcher_.setFuture(QtConcurrent::run([folder, progress] {
        return colorized::jobs::scanTrainingFolder(
            folder,
            [progress](int done, int total) {
                progress->done = done;
                progress->total = total;
            },
            &progress->cancel);
    }));
    progressTimer_->start();
    Q_EMIT completeChanged();
}

void ReportPage::cleanupPage()
{
    cancelReading();
}

QString ReportPage::problemText(const QString& kind)
{
    if (kind == QLatin1String("unreadable"))
        return tr("The file cannot be read as an image.");
    if (kind == QLatin1String("too-small"))
        return tr("The image is too small to learn from.");
    if (kind == QLatin1String("duplicate-name"))
        return tr("Another file has the same name; rename one of them.");
    if (kind == QLatin1String("no-partner"))
        return tr("This scan has no color version with the same name.");
    if (kind == QLatin1String("size-mismatch"))
        return tr("The scan and its color version have different shapes, so they cannot be matched.");
    if (kind == QLatin1String("color-is-gray"))
        return tr("The \"color\" file has no color.");
    if (kind == QLatin1String("color-is-monochrome"))
        return tr("The \"color\" file is toned (sepia or similar) or tinted in one color.");
    if (kind == QLatin1String("not-an-image"))
        return tr("Not an image file.");
    return tr("The file cannot be used.");
}

void ReportPage::showReport()
{
    progressTimer_->stop();
    if (watcher_.isCanceled() || !watcher_.future().isValid())
        return;
    const TrainingFolderReport report = watcher_.result();
    if (report.cancelled)
        return;
    wizard_->setReport(report);
    progressBar_->hide();
    if (!report.error.isEmpty()) {
        summary_->setText(tr("The folder cannot be read: %1").arg(report.error));
    } else {
        const int items = int(report.items.size());
        QString text = tr("%1 photographs can be used: %2 matched pairs of a scan and its color version, and %3 "
                          "color photographs used with their own lightness.")
                           .arg(items)
                           .arg(report.pairs)
                           .arg(report.colorOnly);
        if (!report.problems.isEmpty())
            text += QLatin1Char(' ') + tr("%n file(s) are left out:", nullptr, int(report.problems.size()));
        if (items < 2)
            text += QStringLiteral("<br><b>") + tr("Fine-tuning needs at least two usable photographs.")
                    + QStringLiteral("</b>");
        summary_->setText(text);
    }
    const QDir folder(report.folder);
    for (const auto& problem : report.problems) {
        auto* item = new QTreeWidgetItem(problems_);
        item->setText(0, QDir::toNativeSeparators(folder.relativeFilePath(problem.path)));
        item->setToolTip(0, QDir::toNativeSeparators(problem.path));
        QString text = problemText(problem.kind);
        if (!problem.partnerPath.isEmpty())
            text += QLatin1Char(' ') + tr("Its partner: %1.").arg(QDir::toNativeSeparators(folder.relativeFilePath(problem.partnerPath)));
        item->setText(1, text);
        item->setToolTip(1, problem.message);
    }
    problems_->setVisible(!report.problems.isEmpty());
    ready_ = true;
    updateHeldOut();
    Q_EMIT completeChanged();
    Q_EMIT reportReady();
}

void ReportPage::updateHeldOut()
{
    if (!ready_)
        return;
    const int items = int(wizard_->report().items.size());
    const int heldOut = colorized::jobs::heldOutCountFor(items, heldOutPercent_->value() / 100.0);
    heldOutText_->setText(tr("%1 of %2 photographs are set aside: the model does not learn from them, and the "
                             "last page compares the old and the new model on them.")
                              .arg(heldOut)
                              .arg(items));
}

bool ReportPage::isComplete() const
{
    const auto& report = wizard_->report();
    return ready_ && report.error.isEmpty() && report.items.size() >= 2;
}

}  // namespace colorized::finetune

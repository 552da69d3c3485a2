#include "resultpage.h"

#include "finetunewizard.h"
#include "previewgrid.h"

#include "colorized/jobs/modelstore.h"
#include "colorized/jobs/trainjob.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace colorized::finetune {

using colorized::jobs::HeldOutMetrics;

namespace {

struct MetricRow {
    const char* name;
    const char* tip;
    bool higherIsBetter;
    double HeldOutMetrics::*value;
    int decimals;
};

// The order of the table. CIEDE2000 first: it is the closest to "are the colors right".
const MetricRow kRows[] = {
    {QT_TRANSLATE_NOOP("colorized::finetune::ResultPage", "Color difference (CIEDE2000)"),
     QT_TRANSLATE_NOOP("colorized::finetune::ResultPage",
                       "Mean perceived difference from the true colors. Lower is better; under 2 is hard to see."),
     false, &HeldOutMetrics::ciede2000, 2},
    {QT_TRANSLATE_NOOP("colorized::finetune::ResultPage", "Colorfulness"),
     QT_TRANSLATE_NOOP("colorized::finetune::ResultPage",
                       "How vivid the colors are (Hasler and Suesstrunk). Closer to the true photographs' value is "
                       "better."),
     true, &HeldOutMetrics::colorfulness, 1},
    {QT_TRANSLATE_NOOP("colorized::finetune::ResultPage", "PSNR (dB)"),
     QT_TRANSLATE_NOOP("colorized::finetune::ResultPage", "Pixel agreement with the true colors. Higher is better."),
     true, &HeldOutMetrics::psnr, 2},
    {QT_TRANSLATE_NOOP("colorized::finetune::ResultPage", "SSIM"),
     QT_TRANSLATE_NOOP("colorized::finetune::ResultPage", "Structural agreement with the true colors, 0 to 1. Higher "
                                                           "is better."),
     true, &HeldOutMetrics::ssim, 3},
};

}  // namespace

ResultPage::ResultPage(FineTuneWizard* wizard)
    : wizard_(wizard)
{
    setTitle(tr("Result"));
    setFinalPage(true);

    metrics_ = new QTableWidget(int(std::size(kRows)), 3, this);
    metrics_->setObjectName(QStringLiteral("metricsTable"));
    metrics_->setHorizontalHeaderLabels({tr("Measure"), tr("Base model"), tr("Fine-tuned")});
    metrics_->verticalHeader()->hide();
    metrics_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    metrics_->setSelectionMode(QAbstractItemView::NoSelection);
    metrics_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    metrics_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    previews_ = new PreviewGrid(80, this);
    previews_->setObjectName(QStringLiteral("resultPreviews"));

    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("modelNameEdit"));
    registerField(QStringLiteral("modelName*"), name_);
    description_ = new QPlainTextEdit(this);
    description_->setObjectName(QStringLiteral("descriptionEdit"));
    description_->setMaximumHeight(70);
    makeActive_ = new QCheckBox(tr("&Use the new model from now on"), this);
    makeActive_->setObjectName(QStringLiteral("makeActiveCheck"));
    makeActive_->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), name_);
    form->addRow(tr("Description:"), description_);
    form->addRow(QString(), makeActive_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(metrics_);
    layout->addWidget(previews_);
    layout->addLayout(form);
}

void ResultPage::initializePage()
{
    const auto& outcome = wizard_->outcome();
    const QLocale locale;
    // The measured photographs are the ones shown below, not necessarily every one set aside.
    setSubTitle(tr("Both models colorized the %n photograph(s) shown below, which were set aside and never learned "
                   "from; here is how close each model came to the true colors.",
                   nullptr, outcome.tunedMetrics.images));
    for (int row = 0; row < int(std::size(kRows)); ++row) {
        const auto& metric = kRows[row];
        const double base = outcome.baseMetrics.*metric.value;
        const double tuned = outcome.tunedMetrics.*metric.value;
        auto* name = new QTableWidgetItem(tr(metric.name));
        name->setToolTip(tr(metric.tip));
        metrics_->setItem(row, 0, name);
        bool tunedBetter = metric.higherIsBetter ? tuned > base : tuned < base;
        if (metric.value == &HeldOutMetrics::colorfulness) {
            const double truth = outcome.tunedMetrics.referenceColorfulness;
            tunedBetter = std::abs(tuned - truth) < std::abs(base - truth);
            name->setText(tr("Colorfulness (true colors: %1)").arg(locale.toString(truth, 'f', 1)));
        }
        const auto cell = [&](double value, bool better) {
            auto* item = new QTableWidgetItem(std::isfinite(value) ? locale.toString(value, 'f', metric.decimals)
                                                                   : tr("identical"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QFont font = item->font();
            font.setBold(better);
            item->setFont(font);
            return item;
        };
        metrics_->setItem(row, 1, cell(base, !tunedBetter && tuned != base));
        metrics_->setItem(row, 2, cell(tuned, tunedBetter));
    }
    metrics_->resizeColumnsToContents();
    metrics_->resizeRowsToContents();
    metrics_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    int height = metrics_->horizontalHeader()->height() + 2 * metrics_->frameWidth();
    for (int row = 0; row < metrics_->rowCount(); ++row)
        height += metrics_->rowHeight(row);
    metrics_->setFixedHeight(height);

    // Offered as the active model only when it came closer to the true colors (mean CIEDE2000,
    // the first row); otherwise the archivist may still tick it, knowing.
    const bool tunedCloser = outcome.tunedMetrics.valid() && outcome.baseMetrics.valid()
                             && outcome.tunedMetrics.ciede2000 < outcome.baseMetrics.ciede2000;
    makeActive_->setChecked(tunedCloser);
    makeActive_->setToolTip(tunedCloser ? QString()
                                        : tr("The fine-tuned model came out farther from the true colors than the "
                                             "base model, so it is not made the active model unless you tick this."));

    previews_->setRow(0, tr("True colors"), outcome.truthPreviews);
    previews_->setRow(1, tr("Base model"), outcome.basePreviews);
    previews_->setRow(2, tr("Fine-tuned"), outcome.tunedPreviews);

    colorized::jobs::TrainState state;
    colorized::jobs::TrainJob::readState(outcome.workFolder, &state);
    const auto base = colorized::jobs::describeModel(state.settings.baseModelPath);
    const QString folderName = QFileInfo(state.settings.dataFolder).fileName();
    if (name_->text().isEmpty())
        name_->setText(tr("%1, tuned on %2").arg(base.name, folderName));
    if (description_->toPlainText().isEmpty())
        description_->setPlainText(
            tr("Fine-tuned from %1 for %2 steps on %3 photographs of the folder %4.")
                .arg(base.name)
                .arg(outcome.steps)
                .arg(state.trainImages)
                .arg(QDir::toNativeSeparators(state.settings.dataFolder)));
}

bool ResultPage::validatePage()
{
    const auto& outcome = wizard_->outcome();
    // Copies ~30 MB at most: short enough for the GUI thread at this one click.
    const auto result = colorized::jobs::installModel(outcome.modelPath, name_->text(), description_->toPlainText());
    if (!result.ok()) {
        QMessageBox::warning(this, tr("The model was not saved"), result.error);
        return false;
    }
    colorized::jobs::TrainJob::markSaved(outcome.workFolder);
    wizard_->setSavedModelPath(result.path);
    const bool activate = makeActive_->isChecked();
    if (activate) {
        if (wizard_->options().activateModel)
            wizard_->options().activateModel(result.path);
        else
            QSettings().setValue(QStringLiteral("model/path"), result.path);
    }
    Q_EMIT wizard_->modelSaved(result.path, activate);
    return true;
}

}  // namespace colorized::finetune

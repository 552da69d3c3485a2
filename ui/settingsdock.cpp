#include "settingsdock.h"

#include "colorized/core/samplingdefaults.h"
#include "colorized/jobs/modellocator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>
#include <stdexcept>

using colorized::jobs::ColorizeSettings;
using colorized::jobs::ModelSummary;
using colorized::SamplerKind;

namespace {

constexpr int kResolutions[] = {0, 64, 96, 128, 192, 256, 384, 512};

QString samplerName(SamplerKind kind)
{
    return QString::fromStdString(colorized::toString(kind));
}

// A stored name this version does not know (written by a newer version, or edited by hand)
// leaves the default in place, and says so.
SamplerKind storedSampler(const QString& name)
{
    try {
        return colorized::samplerKindFromString(name.toStdString());
    } catch (const std::invalid_argument& error) {
        qWarning("Settings: %s The default sampler is used instead.", error.what());
        return colorized::kDefaultSampler;
    }
}

}  // namespace

SettingsDock::SettingsDock(QWidget* parent) : QDockWidget(tr("Settings"), parent)
{
    setObjectName(QStringLiteral("settingsDock"));
    auto* content = new QWidget(this);
    auto* outer = new QVBoxLayout(content);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* modelRow = new QHBoxLayout;
    modelEdit_ = new QLineEdit(content);
    modelEdit_->setReadOnly(true);
    modelEdit_->setAccessibleName(tr("Model file"));
    auto* chooseButton = new QToolButton(content);
    chooseButton->setText(tr("Choose…"));
    chooseButton->setToolTip(tr("Choose the model file (.safetensors) used to colorize."));
    modelRow->addWidget(modelEdit_, 1);
    modelRow->addWidget(chooseButton);
    form->addRow(tr("Model:"), modelRow);
    modelInfo_ = new QLabel(content);
    modelInfo_->setObjectName(QStringLiteral("modelInfo"));
    modelInfo_->setWordWrap(true);
    modelInfo_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    modelInfo_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    form->addRow(modelInfo_);

    samplerCombo_ = new QComboBox(content);
    samplerCombo_->setObjectName(QStringLiteral("samplerCombo"));
    for (const auto& sampler : colorized::kSamplers)
        samplerCombo_->addItem(QCoreApplication::translate(colorized::kSamplerLabelContext, sampler.label),
                               QString::fromLatin1(sampler.name));
    form->addRow(tr("Sampler:"), samplerCombo_);

    stepsSpin_ = new QSpinBox(content);
    stepsSpin_->setObjectName(QStringLiteral("stepsSpin"));
    stepsSpin_->setRange(1, 1000);
    stepsSpin_->setValue(colorized::kDefaultSamplerSteps);
    stepsSpin_->setToolTip(tr("More steps can give cleaner colors and take longer."));
    form->addRow(tr("Steps:"), stepsSpin_);

    auto* seedRow = new QHBoxLayout;
    seedSpin_ = new QSpinBox(content);
    seedSpin_->setRange(0, std::numeric_limits<int>::max());
    seedSpin_->setToolTip(tr("The same photo, settings and seed give exactly the same result."));
    auto* newSeedButton = new QToolButton(content);
    newSeedButton->setText(tr("New seed"));
    newSeedButton->setToolTip(tr("Draw a new random seed (Ctrl+G)."));
    seedRow->addWidget(seedSpin_, 1);
    seedRow->addWidget(newSeedButton);
    form->addRow(tr("Seed:"), seedRow);

    candidatesSpin_ = new QSpinBox(content);
    candidatesSpin_->setRange(1, 8);
    candidatesSpin_->setToolTip(tr("Several candidates are computed together; where they disagree, the uncertainty map lights up."));
    form->addRow(tr("Candidates:"), candidatesSpin_);

    resolutionCombo_ = new QComboBox(content);
    for (int resolution : kResolutions)
        resolutionCombo_->addItem(resolution == 0 ? tr("Model default") : tr("%1 pixels").arg(resolution), resolution);
    resolutionCombo_->setToolTip(tr("Long side at which the model works; the result keeps the original's full resolution and detail."));
    form->addRow(tr("Working resolution:"), resolutionCombo_);

    bf16Check_ = new QCheckBox(tr("Reduced precision (bfloat16)"), content);
    bf16Check_->setObjectName(QStringLiteral("bf16Check"));
    form->addRow(QString(), bf16Check_);
    setProcessor(colorized::currentProcessor());
    outer->addLayout(form);

    colorizeButton_ = new QPushButton(tr("Colorize"), content);
    colorizeButton_->setToolTip(tr("Colorize the selected photos with these settings (Ctrl+R)."));
    outer->addWidget(colorizeButton_);
    outer->addStretch(1);
    // Scrolls rather than making the window taller than a 1280x800 screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    setWidget(scroll);

    connect(chooseButton, &QToolButton::clicked, this, &SettingsDock::chooseModel);
    connect(newSeedButton, &QToolButton::clicked, this, &SettingsDock::newSeed);
    connect(colorizeButton_, &QPushButton::clicked, this, &SettingsDock::colorizeRequested);
    connect(samplerCombo_, &QComboBox::currentIndexChanged, this, [this] { updateStepsEnabled(); });
    updateStepsEnabled();
}

void SettingsDock::updateStepsEnabled()
{
    const SamplerKind sampler = selectedSampler();
    const bool everyTimestep = colorized::describe(sampler).runsEveryTimestep;
    stepsSpin_->setEnabled(!everyTimestep);
    stepsSpin_->setSuffix(everyTimestep ? tr(" (%1 uses all %2)")
                                              .arg(samplerName(sampler).toUpper(),
                                                   modelTimesteps_ > 0 ? QString::number(modelTimesteps_) : QStringLiteral("T"))
                                        : QString());
}

void SettingsDock::setProcessor(const colorized::ProcessorInfo& processor)
{
    bf16Native_ = processor.nativeBf16();
    bf16Check_->setEnabled(bf16Native_);
    if (!bf16Native_)
        bf16Check_->setChecked(false);
    // No speed promise: the gain depends on the processor and is measured by `colorized-cli bench`.
    bf16Check_->setToolTip(
        bf16Native_ ? tr("Uses the processor's native bfloat16 instructions; colors may differ very slightly from full "
                         "precision. Measure the speed on this computer with colorized-cli bench.")
                    : tr("Not available: this processor has no native bfloat16 instructions (AVX-512 BF16 or AMX), "
                         "so reduced precision would be several times slower than full precision."));
}

SamplerKind SettingsDock::selectedSampler() const
{
    // The combo's data are names from the sampler table, so this never throws.
    return colorized::samplerKindFromString(samplerCombo_->currentData().toString().toStdString());
}

ColorizeSettings SettingsDock::settings() const
{
    ColorizeSettings s;
    s.modelPath = modelEdit_->text();
    s.sampler = selectedSampler();
    s.steps = stepsSpin_->value();
    s.seed = static_cast<quint64>(seedSpin_->value());
    s.candidates = candidatesSpin_->value();
    s.resolution = resolutionCombo_->currentData().toInt();
    s.bf16 = bf16Native_ && bf16Check_->isChecked();
    return s;
}

void SettingsDock::setSettings(const ColorizeSettings& s)
{
    if (!s.modelPath.isEmpty())
        modelEdit_->setText(s.modelPath);
    samplerCombo_->setCurrentIndex(samplerCombo_->findData(samplerName(s.sampler)));
    stepsSpin_->setValue(s.steps);
    seedSpin_->setValue(static_cast<int>(std::min<quint64>(s.seed, std::numeric_limits<int>::max())));
    candidatesSpin_->setValue(s.candidates);
    const int index = resolutionCombo_->findData(s.resolution);
    if (index >= 0)
        resolutionCombo_->setCurrentIndex(index);
    bf16Check_->setChecked(s.bf16 && bf16Native_);   // the choice may come from a bf16 processor
}

QString SettingsDock::modelPath() const
{
    return modelEdit_->text();
}

void SettingsDock::setModelPath(const QString& path)
{
    if (path == modelEdit_->text())
        return;
    modelEdit_->setText(path);
    modelEdit_->setToolTip(path);
    modelInfo_->clear();
    QSettings().setValue(QLatin1String(colorized::jobs::kModelPathKey), path);
    Q_EMIT modelPathChanged(path);
}

void SettingsDock::setModelSummary(const ModelSummary& model)
{
    modelTimesteps_ = model.timesteps;
    // Guidance costs a second network pass at every guided step, so the archivist is told when
    // a model uses it and over how many of the steps.
    const QString resolution = QString::number(model.resolution), steps = QString::number(model.timesteps);
    QString text;
    if (model.guidance == 1.0)
        text = tr("%1 — works at %2 pixels, %3 diffusion steps.").arg(model.name, resolution, steps);
    else if (model.guidanceCutoff == 0.0)
        text = tr("%1 — works at %2 pixels, %3 diffusion steps, classifier-free guidance %4.")
                   .arg(model.name, resolution, steps, QLocale().toString(model.guidance));
    else
        text = tr("%1 — works at %2 pixels, %3 diffusion steps, classifier-free guidance %4 over the noisiest %5 % "
                  "of the steps.")
                   .arg(model.name, resolution, steps, QLocale().toString(model.guidance),
                        QLocale().toString(qRound(100.0 * (1.0 - model.guidanceCutoff))));
    if (!model.description.isEmpty())
        text += QLatin1Char('\n') + model.description;
    modelInfo_->setText(text);
    modelInfo_->setStyleSheet(QString());
    updateStepsEnabled();
}

void SettingsDock::setModelProblem(const QString& message)
{
    modelInfo_->setText(message);
    modelInfo_->setStyleSheet(QStringLiteral("color: #b00020;"));
}

void SettingsDock::chooseModel()
{
    const QString start = modelPath().isEmpty() ? QString() : QFileInfo(modelPath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a colorization model"), start,
                                                      tr("Model files (*.safetensors)"));
    if (!path.isEmpty())
        setModelPath(path);
}

void SettingsDock::newSeed()
{
    seedSpin_->setValue(int(QRandomGenerator::global()->bounded(std::numeric_limits<int>::max())));
}

void SettingsDock::load()
{
    QSettings store;
    ColorizeSettings s;
    s.sampler = storedSampler(store.value(QStringLiteral("colorize/sampler"), samplerName(colorized::kDefaultSampler)).toString());
    s.steps = store.value(QStringLiteral("colorize/steps"), s.steps).toInt();
    s.seed = store.value(QStringLiteral("colorize/seed"), 0).toULongLong();
    s.candidates = store.value(QStringLiteral("colorize/candidates"), s.candidates).toInt();
    s.resolution = store.value(QStringLiteral("colorize/resolution"), 0).toInt();
    s.bf16 = store.value(QStringLiteral("colorize/bf16"), false).toBool();
    setSettings(s);
}

void SettingsDock::save() const
{
    QSettings store;
    const ColorizeSettings s = settings();
    store.setValue(QStringLiteral("colorize/sampler"), samplerName(s.sampler));
    store.setValue(QStringLiteral("colorize/steps"), s.steps);
    store.setValue(QStringLiteral("colorize/seed"), s.seed);
    store.setValue(QStringLiteral("colorize/candidates"), s.candidates);
    store.setValue(QStringLiteral("colorize/resolution"), s.resolution);
    store.setValue(QStringLiteral("colorize/bf16"), s.bf16);
}

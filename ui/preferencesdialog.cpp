#include "preferencesdialog.h"

#include "language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    languageCombo_ = new QComboBox(this);
    languageCombo_->addItem(tr("System language"), QString());
    for (const QString& code : language::available())
        languageCombo_->addItem(language::nativeName(code), code);
    const QString saved = QSettings().value(QLatin1String(language::kSettingsKey)).toString();
    languageCombo_->setCurrentIndex(std::max(0, languageCombo_->findData(saved)));
    form->addRow(tr("Language:"), languageCombo_);

    threadsSpin_ = new QSpinBox(this);
    threadsSpin_->setRange(0, std::max(1, QThread::idealThreadCount()));
    threadsSpin_->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    threadsSpin_->setValue(threads());
    threadsSpin_->setToolTip(tr("Processor threads the colorization may use."));
    form->addRow(tr("Threads:"), threadsSpin_);

    autoColorizeCheck_ = new QCheckBox(tr("Colorize photos as soon as they are added"), this);
    autoColorizeCheck_->setChecked(autoColorize());
    form->addRow(QString(), autoColorizeCheck_);
    layout->addLayout(form);

    auto* note = new QLabel(tr("A new language applies to all windows after COLORIZED restarts."), this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(QLatin1String(language::kSettingsKey), languageCombo_->currentData().toString());
    settings.setValue(QLatin1String(kThreadsKey), threadsSpin_->value());
    settings.setValue(QLatin1String(kAutoColorizeKey), autoColorizeCheck_->isChecked());
    QDialog::accept();
}

int PreferencesDialog::threads()
{
    return QSettings().value(QLatin1String(kThreadsKey), 0).toInt();
}

bool PreferencesDialog::autoColorize()
{
    return QSettings().value(QLatin1String(kAutoColorizeKey), true).toBool();
}

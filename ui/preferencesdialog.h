#pragma once
// Preferences: interface language, engine threads, colorize on add. Stored with QSettings.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr char kThreadsKey[] = "engine/threads";          // 0 = one per core
    static constexpr char kAutoColorizeKey[] = "ui/autoColorize";    // default true

    explicit PreferencesDialog(QWidget* parent = nullptr);
    void accept() override;  // saves

    static int threads();
    static bool autoColorize();

private:
    QComboBox* languageCombo_;
    QSpinBox* threadsSpin_;
    QCheckBox* autoColorizeCheck_;
};

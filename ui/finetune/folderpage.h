#pragma once
// Wizard page 1: the folder of photographs, with the accepted layouts explained, and the offer
// to resume an interrupted run. GUI thread only.

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QLineEdit;

namespace colorized::finetune {

class FineTuneWizard;

class FolderPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FolderPage(FineTuneWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // The interrupted run offered for resume; empty when none.
    QString interruptedRun() const { return interrupted_; }

private:
    void browse();
    void resumeInterrupted();
    void discardInterrupted();
    void refreshInterrupted();

    FineTuneWizard* wizard_;
    QLineEdit* folder_ = nullptr;
    QGroupBox* resumeBox_ = nullptr;
    QLabel* resumeText_ = nullptr;
    QString interrupted_;
};

}  // namespace colorized::finetune

#pragma once
// How long the GUI thread stops answering while the engine colorizes: a StallProbe runs from
// the first request a ColorizeJob starts until the job is idle again. GUI thread only.

#include <QObject>

namespace colorized::jobs {
class ColorizeJob;
class StallProbe;
}

class RunStallMeter : public QObject {
    Q_OBJECT
public:
    RunStallMeter(colorized::jobs::ColorizeJob* job, QObject* parent = nullptr);

    // Longest stall in milliseconds over the last busy period, or the one going on now.
    double longestStallMs() const;

Q_SIGNALS:
    void measured(double milliseconds);   // when the job went idle

private:
    colorized::jobs::StallProbe* probe_;
    double lastMs_ = 0;
};

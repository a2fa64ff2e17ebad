#pragma once
// Predict, then reveal: a self-study mode. Before each segment is shown the learner
// predicts its flags, Seq and Ack and its receiver's next state; Reveal sends it,
// marks each field and explains the wrong ones, and the score runs for the lesson
// (or the scenario) until another one is loaded.
#include "teaching/prediction.hpp"

#include <QWidget>

#include <optional>

class QComboBox;
class QBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace tcpviz {

class SessionController;

class PredictPanel : public QWidget {
    Q_OBJECT
public:
    PredictPanel(SessionController& session, QWidget* parent = nullptr);
    void set_active(bool on);
    bool active() const { return active_; }
    // Fills the form (for tests and for a keyboard-less demo).
    void set_prediction(const Prediction& prediction);
    void reveal();
    int score() const { return right_; }
    // The score so far of the panel this one replaces (the window rebuilt in another language).
    void carry_score_from(const PredictPanel& other);
    int asked() const { return asked_; }
    QString result_text() const;
    QString question_text() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void reset_score();
    Prediction prediction() const;
    QString explanation(const Marking& marking, const Prediction& prediction) const;

    SessionController& session_;
    bool active_ = false;
    bool revealing_ = false;
    std::optional<SegmentAnswer> answer_;
    std::optional<std::uint32_t> asked_segment_; // the segment the fields were last cleared for
    int right_ = 0, asked_ = 0, segments_ = 0;

    QBoxLayout* layout_;
    QLabel* question_;
    QComboBox* flags_;
    QLineEdit* seq_;
    QLineEdit* ack_;
    QComboBox* state_;
    QPushButton* reveal_;
    QTextBrowser* result_;
    QLabel* score_;
};

} // namespace tcpviz

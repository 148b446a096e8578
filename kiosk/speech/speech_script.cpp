#include "kiosk/speech/speech_script.h"

#include "content/speech/spoken_form.h"
#include "content/speech/voices.h"

namespace kiosk {

platform::SpokenSentence spokenSentence(std::string_view sentence, std::string_view language) {
    platform::SpokenSentence parts;
    const std::string spoken = content::speech::spokenForm(sentence, language);
    for (const content::speech::Segment& segment : content::speech::segmentsFor(spoken, language))
        parts.push_back({segment.text, segment.voice.name, segment.voice.wordsPerMinute});
    return parts;
}

SpeechScript buildSpeechScript(std::vector<ReadableText> texts) {
    SpeechScript script;
    script.texts = std::move(texts);
    for (size_t i = 0; i < script.texts.size(); ++i) {
        const ReadableText& readable = script.texts[i];
        for (const content::speech::SentenceSpan& span : content::speech::splitSentences(readable.text)) {
            script.sentences.push_back({i, span});
            script.spoken.push_back(spokenSentence(
                std::string_view(readable.text).substr(span.begin, span.end - span.begin), readable.language));
        }
    }
    return script;
}

}  // namespace kiosk

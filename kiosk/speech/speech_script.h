// A page as the read-aloud voice reads it: the texts the screen drew, in
// drawing order, split into sentences; each sentence keeps where it stands
// on screen (which text, which bytes) for the highlight, and what the voice
// is given (spoken form, voice per script run). No ImGui here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/speech/sentences.h"
#include "platform/speech_player.h"

namespace kiosk {

// One text on screen that can be read, in the language it is written in
// (the fallback German of an untranslated text is read in German).
struct ReadableText {
    std::string text;
    std::string language;
    bool operator==(const ReadableText&) const = default;
};

struct ScriptSentence {
    size_t text = 0;                      // index into SpeechScript::texts
    content::speech::SentenceSpan span;  // bytes of that text
};

struct SpeechScript {
    std::vector<ReadableText> texts;
    std::vector<ScriptSentence> sentences;
    std::vector<platform::SpokenSentence> spoken;  // what the player reads, one per sentence
};

SpeechScript buildSpeechScript(std::vector<ReadableText> texts);

// One sentence as the player reads it (spoken form, voices per script run).
platform::SpokenSentence spokenSentence(std::string_view sentence, std::string_view language);

}  // namespace kiosk

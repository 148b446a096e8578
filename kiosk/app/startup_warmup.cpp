#include "kiosk/app/startup_warmup.h"

#include "kiosk/i18n/i18n.h"
#include "kiosk/text/font_config.h"
#include "kiosk/text/font_files.h"
#include "kiosk/text/text.h"

namespace kiosk {

StartupWarmup::StartupWarmup()
    : thread_([] {
          i18n::codepoints();            // parses every translation file once
          text::interfaceCodepoints();   // and what the atlas needs of them
          for (const text::FontFile& font : text::fontConfig().fonts) {
              text::loadFont(font.regular);
              text::loadFont(font.bold);
          }
      }) {}

}  // namespace kiosk

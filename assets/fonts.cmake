# Fonts packed into the web app (from Debian's fonts-roboto-unhinted and fonts-font-awesome).
# Roboto for text in three weights; Font Awesome 4.7 for the handful of icons the UI draws.
set(MESTORE_FONTS
  /usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf
  /usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf
  /usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf
  /usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf)

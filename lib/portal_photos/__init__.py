"""Lead photos and published images, apart from Pelican (pure; Pillow only).

- ``fields``: an article's ``Image``/``Image_alt``/``Image_caption``/``Image_credit``;
- ``imaging``: judge a photo cheaply and make its resized WebP/JPEG derivatives;
- ``derivatives``: derivative files cached by content; ``photo``: what templates see;
- ``clean``: images published as files, without their metadata; ``svg``: is an SVG safe?

The Pelican glue (receivers, static images, the build's workspace) is plugins/photos.
"""

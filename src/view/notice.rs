//! The notice's structure computed once from the model: numbering (一、 （一） 1. 一是),
//! statistics and the texts in print order. md, txt, html and docx are thin renderers of it.

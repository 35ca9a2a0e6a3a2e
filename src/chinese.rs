//! Chinese numerals and ordinals as official documents write them (一、 （十二） 十一是).

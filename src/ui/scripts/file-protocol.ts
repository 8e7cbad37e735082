// Double-clicking dist/index.html opens the site as a file (file://): the browser then refuses its
// styles' absolute paths and its module scripts, and the page would be a broken, unstyled list of
// links. This inline head script (classic scripts still run there) replaces the page with a short,
// readable Chinese explanation of how to deploy it instead. See docs/deploy.md.

/** The page shown instead, as HTML with inline styles (the site's stylesheets do not load). */
const FILE_PAGE =
  '<main style="max-width:40rem;margin:3rem auto;padding:0 1.25rem;font:16px/1.8 system-ui,\'Microsoft YaHei\',sans-serif;color:#222">' +
  '<h1 style="font-size:1.5rem;color:#b42318">请通过网站服务器打开本站</h1>' +
  '<p>您是直接双击打开了网站文件（地址以 file:// 开头）。浏览器不允许这样运行本站的程序，所以页面无法正常显示，台账也无法使用。</p>' +
  '<h2 style="font-size:1.15rem">信息中心（网站管理员）</h2>' +
  '<p>请把发布包中 <b>site</b> 文件夹里的全部文件放到单位的网站服务器（Nginx、IIS 或 Apache）上，按发布包中的《部署说明.txt》配置后，用 http:// 或 https:// 网址打开。</p>' +
  '<h2 style="font-size:1.15rem">乡镇人大工作人员</h2>' +
  '<p>请向市人大或信息中心索取本站的网址，在浏览器地址栏输入该网址打开；不要直接打开下载的文件。</p>' +
  '</main>';

/** The inline script: on file://, swaps the page for FILE_PAGE as soon as the body exists. */
export const FILE_PROTOCOL_SCRIPT =
  "if(location.protocol==='file:'){document.addEventListener('DOMContentLoaded',function(){" +
  "document.title='请通过网站服务器打开 · 湘乡市乡镇人大工作手册';" +
  // `<\/` keeps closing tags such as </main> out of the page's HTML source.
  `document.body.innerHTML=${JSON.stringify(FILE_PAGE).replace(/<\//g, '<\\/')};});}`;

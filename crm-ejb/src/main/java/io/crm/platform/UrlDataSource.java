package io.crm.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A datasource defined by nothing but a JDBC URL, user and password, for the server's connection pool to wrap.
 * The driver is found among the drivers the EAR ships (H2, PostgreSQL) by the URL alone, so IT selects the
 * database with one variable and needs no driver installed in the domain.
 */
public class UrlDataSource implements DataSource {

    private static final String POSTGRESQL = "jdbc:postgresql:";

    private String url;
    private String user;
    private String password;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (pass != null && !pass.isEmpty()) {
            properties.setProperty("password", pass);
        }
        if (url != null && url.startsWith(POSTGRESQL)) {
            // a JDBC batch of inserts goes as multi-row statements (the audit trail's read entries, EclipseLink's
            // batch writing); the URL may still say false
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        Connection connection = driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("No driver accepted the CRM database URL " + url);
        }
        return connection;
    }

    private Driver driver() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("The CRM database URL (CRM_DB_URL) is empty");
        }
        for (Driver driver : ServiceLoader.load(Driver.class, UrlDataSource.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new SQLException("The CRM ships no JDBC driver for " + url.split(":", 3)[1]
                + "; supported are jdbc:h2: and jdbc:postgresql:");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the pool logs
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
